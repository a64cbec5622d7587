"use client";

import { authClient } from "@/lib/auth-client";
import type { BackgroundInput } from "@/lib/background/schema";

/** Fired by the background form after a save, so cached answers are re-read. */
export const BACKGROUND_SAVED_EVENT = "background-saved";

type Loaded = { status: "signed-out" } | { status: "ok"; background: BackgroundInput | null };

let pending: Promise<Loaded> | null = null;

if (typeof window !== "undefined") {
  window.addEventListener(BACKGROUND_SAVED_EVENT, () => {
    pending = null;
  });
}

/** The signed-in reader's onboarding answers, fetched once per page load and shared. */
export function loadBackground(): Promise<Loaded> {
  pending ??= authClient
    .getSession()
    .then(async ({ data }): Promise<Loaded> => {
      if (!data) return { status: "signed-out" };
      const response = await fetch("/api/background", { credentials: "same-origin" });
      if (response.status === 401) return { status: "signed-out" };
      if (!response.ok) throw new Error(`background: HTTP ${response.status}`);
      const body = (await response.json()) as { background: BackgroundInput | null };
      return { status: "ok", background: body.background };
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
