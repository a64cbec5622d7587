import type { UIMessage } from "ai";
import type { Source } from "@/db/queries/chat";

/** What travels with each tutor message: where it came from and how it ended. */
export type TutorMetadata = {
  conversationId?: string;
  sources?: Source[];
  offline?: boolean;
  status?: "complete" | "interrupted";
  createdAt?: string;
};

/** Limits of a question and of a quoted selection, checked by the route and shown by the panel. */
export const MESSAGE_MAX = 4000;
export const SELECTION_MAX = 8000;

/** The plain text of a message's parts (quotes and other data parts left out). */
export function messageText(parts: readonly { type: string; text?: string }[]): string {
  return parts.map((part) => (part.type === "text" ? (part.text ?? "") : "")).join("");
}

export type SelectionPart = { text: string; chapter?: string; heading?: string };

export type TutorUIMessage = UIMessage<TutorMetadata, { selection: SelectionPart }>;
