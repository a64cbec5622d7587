import type { SelectionPart } from "@/lib/ai/tutor-message";

/** Opens the tutor, optionally with a passage the reader selected. */
export const ASK_EVENT = "tutor:ask";

export type AskDetail = { selection?: SelectionPart; /** A question put in the box for the reader to send or edit. */ question?: string };

export function askTutor(detail: AskDetail = {}) {
  window.dispatchEvent(new CustomEvent<AskDetail>(ASK_EVENT, { detail }));
}

