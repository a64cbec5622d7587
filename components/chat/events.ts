import type { SelectionPart } from "@/lib/ai/tutor-message";

/** Opens the tutor, optionally with a passage the reader selected. */
export const ASK_EVENT = "tutor:ask";

export type AskDetail = { selection?: SelectionPart };

export function askTutor(detail: AskDetail = {}) {
  window.dispatchEvent(new CustomEvent<AskDetail>(ASK_EVENT, { detail }));
}

