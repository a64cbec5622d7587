"use client";

import { useSyncExternalStore } from "react";

// The chapter's text can be swapped for a personalised one and back (personalise.tsx). What watches its headings
// (progress, the contents' marks) finds them again when this number changes.

let version = 0;
const listeners = new Set<() => void>();

export function chapterBodyChanged() {
  version += 1;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export const useChapterBodyVersion = () => useSyncExternalStore(subscribe, () => version, () => 0);
