"use client";

import { useEffect, useRef } from "react";

/** Calls `onPress` for Ctrl+`key` (Cmd+`key` on a Mac), instead of the browser's own action. */
export function useShortcut(key: string, onPress: () => void) {
  const handler = useRef(onPress);
  useEffect(() => {
    handler.current = onPress;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === key) {
        event.preventDefault();
        handler.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [key]);
}
