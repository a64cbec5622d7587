"use client";

import { useCallback, useEffect, useState } from "react";

/** Fired by the background form after a save, so the header stops nudging at once. */
export const BACKGROUND_SAVED_EVENT = "background-saved";

const dismissedKey = (userId: string) => `onboarding-reminder-dismissed:${userId}`;

/** Whether to nudge a user who skipped onboarding; dismissing it is remembered in this browser. */
export function useOnboardingReminder(userId: string) {
  const [needed, setNeeded] = useState(false);
  const [dismissed, setDismissed] = useState(true);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/background", { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { background: unknown } | null) => {
        setDismissed(localStorage.getItem(dismissedKey(userId)) === "1");
        setNeeded(body !== null && body.background === null);
      })
      .catch(() => setNeeded(false));
    const onSaved = () => setNeeded(false);
    window.addEventListener(BACKGROUND_SAVED_EVENT, onSaved);
    return () => {
      controller.abort();
      window.removeEventListener(BACKGROUND_SAVED_EVENT, onSaved);
    };
  }, [userId]);

  const dismiss = useCallback(() => {
    localStorage.setItem(dismissedKey(userId), "1");
    setDismissed(true);
  }, [userId]);

  return { show: needed && !dismissed, dismiss };
}
