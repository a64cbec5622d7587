import type { UIMessage } from "ai";

/** A book section an answer cites as [n]. Stored with each answer; shown by the panel. */
export type Source = { n: number; chapter: string; title: string; heading: string; href: string };

export const FEEDBACK_RATINGS = ["up", "down"] as const;

/** A reader's verdict on an answer: helpful or not, and optionally what was wrong. */
export type Feedback = { rating: (typeof FEEDBACK_RATINGS)[number]; note: string | null };

/** What travels with each tutor message: where it came from and how it ended. */
export type TutorMetadata = {
  conversationId?: string;
  sources?: Source[];
  /** How the answer's citation markers were renumbered once it ended (old → new); stored answers are already renumbered. */
  citations?: Record<number, number>;
  offline?: boolean;
  status?: "complete" | "interrupted";
  /** False when the answer could not be stored: it will be missing from the history. */
  saved?: boolean;
  feedback?: Feedback;
};

/** The plain text of a message's parts (quotes and other data parts left out). */
export function messageText(parts: readonly { type: string; text?: string }[]): string {
  return parts.map((part) => (part.type === "text" ? (part.text ?? "") : "")).join("");
}

/** A passage the reader selected: its text, and the chapter and section (heading and anchor) it came from. */
export type SelectionPart = { text: string; chapter?: string; heading?: string; anchor?: string };

export type TutorUIMessage = UIMessage<TutorMetadata, { selection: SelectionPart }>;
