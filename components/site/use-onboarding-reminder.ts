"use client";

import { useCallback, useEffect, useState } from "react";
import { BACKGROUND_SAVED_EVENT, loadBackground } from "./background-store";

const dismissedKey = (userId: string) => `onboarding-reminder-dismissed:${userId}`;

/** Whether to nudge a user who skipped onboarding; dismissing it is remembered in this browser. */
export function useOnboardingReminder(userId: string) {
  const [needed, setNeeded] = useState(false);
  const [dismissed, setDismissed] = useState(true);

  useEffect(() => {
    let live = true;
    loadBackground()
      .then((loaded) => {
        if (!live) return;
        setDismissed(localStorage.getItem(dismissedKey(userId)) === "1");
        setNeeded(loaded.status === "ok" && loaded.background === null);
      })
      .catch(() => setNeeded(false));
    const onSaved = () => setNeeded(false);
    window.addEventListener(BACKGROUND_SAVED_EVENT, onSaved);
    return () => {
      live = false;
      window.removeEventListener(BACKGROUND_SAVED_EVENT, onSaved);
    };
  }, [userId]);

  const dismiss = useCallback(() => {
    localStorage.setItem(dismissedKey(userId), "1");
    setDismissed(true);
  }, [userId]);

  return { show: needed && !dismissed, dismiss };
}
