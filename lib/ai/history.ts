import type { ModelMessage } from "ai";
import type { StoredMessage } from "@/db/queries/chat";
import { messageText, type Source, type TutorUIMessage } from "./tutor-message";

/** Earlier messages the model sees; older ones fall out of its context. */
export const HISTORY_MESSAGES = 12;

/** A retried question is answered afresh: the earlier answer to it, and anything after, is not context. */
export function historyBefore(history: StoredMessage[], messageId: string): StoredMessage[] {
  const retried = history.findIndex((message) => message.id === messageId);
  return retried === -1 ? history : history.slice(0, retried);
}

/** The reader's earlier questions, latest first: what a follow-up may lean on. */
export function previousQuestions(history: StoredMessage[]): string[] {
  return history
    .filter((message) => message.role === "user")
    .map((message) => messageText(message.parts as { type: string; text?: string }[]))
    .filter(Boolean)
    .reverse();
}

/** The sections ("ros2/tf2-and-rviz#static-transforms") the latest answer cited: where a follow-up most likely continues. */
export function previousSections(history: StoredMessage[]): string[] {
  const answer = history.findLast((message) => message.role === "assistant");
  return ((answer?.sources ?? []) as Source[]).map((source) => `${source.chapter}#${source.href.split("#")[1] || "top"}`);
}

/** The heading of the section the latest answer quoted first: the thread a follow-up continues. */
export function previousHeading(history: StoredMessage[]): string | null {
  const answer = history.findLast((message) => message.role === "assistant");
  return ((answer?.sources ?? []) as Source[])[0]?.heading ?? null;
}

/** Earlier turns as model messages; the answer to the new question is not among them yet. */
export function historyForModel(history: StoredMessage[]): ModelMessage[] {
  return history.slice(-HISTORY_MESSAGES).flatMap((message): ModelMessage[] => {
    const text = messageText(message.parts as { type: string; text?: string }[]);
    if (!text) return [];
    return [message.role === "user" ? { role: "user", content: text } : { role: "assistant", content: text }];
  });
}

/** Stored messages as the panel's UI messages, so a past conversation reopens as it was. */
export function toUIMessages(history: StoredMessage[]): TutorUIMessage[] {
  return history.map((message) => ({
    id: message.id,
    role: message.role === "user" ? "user" : "assistant",
    parts: message.parts as TutorUIMessage["parts"],
    metadata: {
      sources: message.sources as Source[],
      status: message.status,
      ...(message.feedbackRating && { feedback: { rating: message.feedbackRating, note: message.feedbackNote } }),
    },
  }));
}
