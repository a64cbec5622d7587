import type { BackgroundInput } from "@/lib/background/schema";
import type { Passage } from "@/lib/rag/types";
import type { Lang } from "@/lib/content/urls";
import type { Learner } from "./learner";
import type { QuestionAnalysis } from "./question";
import type { SelectionPart } from "./tutor-message";

/** What a reader asks: the text, optionally about a passage they selected, from the chapter they have open. */
export type TutorQuestion = { text: string; selection?: SelectionPart; chapter?: string };

/** One numbered passage the answer may cite as [n]: a found section, or the reader's selection. */
export type NumberedPassage = Omit<Passage, "id" | "score"> & { n: number };

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
  /** The answer's language (lib/ai/urdu.ts); English when absent. In Urdu the passages are the Urdu book's. */
  language?: Lang;
  /** In Urdu, for an English question: the English passages the Urdu ones translate, numbered alike. */
  englishPassages?: NumberedPassage[];
};
