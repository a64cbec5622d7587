"use client";

import { authClient } from "@/lib/auth-client";
import type { BackgroundInput } from "@/lib/background/schema";

/** Fired by invalidateBackground(); listeners re-read through loadBackground(). */
export const BACKGROUND_CHANGED_EVENT = "background-changed";

type Loaded = { status: "signed-out" } | { status: "ok"; background: BackgroundInput | null };

let pending: Promise<Loaded> | null = null;

/** The signed-in reader's onboarding answers, fetched once and shared until invalidated. */
export function loadBackground(): Promise<Loaded> {
  if (pending) return pending;
  const request = authClient
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
      // An invalidation may already have replaced this request; leave the newer one cached.
      if (pending === request) pending = null;
      throw error;
    });
  pending = request;
  return request;
}

/**
 * Call after the answers or the signed-in user change. Client-side navigation keeps this module
 * alive, so without it a sign-in, sign-out or save would keep serving the previous reader's state.
 * The cache is cleared before the event fires, so every listener reads fresh data.
 */
export function invalidateBackground() {
  pending = null;
  window.dispatchEvent(new Event(BACKGROUND_CHANGED_EVENT));
}
