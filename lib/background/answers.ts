import { backgroundInput, type BackgroundInput } from "./schema";

/** The form's working state: any answer may still be missing. */
export type Answers = Partial<Record<Exclude<keyof BackgroundInput, "goalsNote">, string | string[]>> & {
  goalsNote?: string;
};

const FIELDS = backgroundInput.keyof().options;

/** Saved answers as the form's starting answers; anything else on the row (ids, dates) stays behind. */
export function toAnswers(saved: BackgroundInput | null): Answers {
  if (!saved) return {};
  const answers: Answers = {};
  for (const field of FIELDS) {
    if (field === "goalsNote") answers.goalsNote = saved.goalsNote ?? "";
    else answers[field] = saved[field];
  }
  return answers;
}
