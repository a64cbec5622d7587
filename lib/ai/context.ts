import type { BackgroundInput } from "@/lib/background/schema";
import type { Learner } from "./learner";
import type { QuestionAnalysis } from "./question";
import type { SelectionPart } from "./tutor-message";

/** What a reader asks: the text, optionally about a passage they selected, from the chapter they have open. */
export type TutorQuestion = { text: string; selection?: SelectionPart; chapter?: string };

/** One numbered passage the answer may cite as [n]. */
export type NumberedPassage = { n: number; chapter: string; title: string; heading: string; href: string; text: string };

/** Everything an answer is grounded in. */
export type TutorContext = {
  question: string;
  analysis: QuestionAnalysis;
  /** Book passages, or the reader's selection as passage [1] in selection mode. */
  passages: NumberedPassage[];
  mode: "book" | "selection";
  background: BackgroundInput | null;
  /** How rare a word stem is in the book, for weighing what a sentence shares with the question. */
  weight: (stem: string) => number;
  /** What the reader has read and missed, when they have a record. */
  learner?: Learner | null;
  /** A fixed answer that needs no model: a polite refusal, or one from the reader's own record. */
  refusal: string | null;
};
