import type { BackgroundInput } from "@/lib/background/schema";

/** One numbered passage the answer may cite as [n]. */
export type NumberedPassage = { n: number; chapter: string; title: string; heading: string; href: string; text: string };

/** Everything an answer is grounded in. */
export type TutorContext = {
  question: string;
  /** Book passages, or the reader's selection as passage [1] in selection mode. */
  passages: NumberedPassage[];
  mode: "book" | "selection";
  background: BackgroundInput | null;
};
