import type { Background } from "@/db/queries/background";
import type { BackgroundInput } from "./schema";

/** The form's working state: any answer may still be missing. */
export type Answers = Partial<Record<Exclude<keyof BackgroundInput, "goalsNote">, string | string[]>> & {
  goalsNote?: string;
};

/** A saved row as the form's starting answers. */
export function toAnswers(background: Background | null): Answers {
  if (!background) return {};
  const { userId: _user, completedAt: _completed, updatedAt: _updated, goalsNote, ...choices } = background;
  return { ...choices, goalsNote: goalsNote ?? "" };
}
