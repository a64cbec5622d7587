"use client";

import { useCallback, useEffect, useState } from "react";
import { BACKGROUND_CHANGED_EVENT, loadBackground } from "./background-store";

const dismissedKey = (userId: string) => `onboarding-reminder-dismissed:${userId}`;

/** Whether to nudge a user who skipped onboarding; dismissing it is remembered in this browser. */
export function useOnboardingReminder(userId: string) {
  const [needed, setNeeded] = useState(false);
  const [dismissed, setDismissed] = useState(true);

  useEffect(() => {
    let live = true;
    const check = () =>
      loadBackground()
        .then((loaded) => {
          if (!live) return;
          setDismissed(localStorage.getItem(dismissedKey(userId)) === "1");
          setNeeded(loaded.status === "ok" && loaded.background === null);
        })
        .catch(() => {
          if (live) setNeeded(false);
        });
    void check();
    window.addEventListener(BACKGROUND_CHANGED_EVENT, check);
    return () => {
      live = false;
      window.removeEventListener(BACKGROUND_CHANGED_EVENT, check);
    };
  }, [userId]);

  const dismiss = useCallback(() => {
    localStorage.setItem(dismissedKey(userId), "1");
    setDismissed(true);
  }, [userId]);

  return { show: needed && !dismissed, dismiss };
}
