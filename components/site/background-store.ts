"use client";

import { sessionClient } from "@/lib/session-client";
import type { BackgroundInput } from "@/lib/background/schema";

/** Fired by invalidateBackground(); listeners re-read through loadBackground(). */
export const BACKGROUND_CHANGED_EVENT = "background-changed";

type Loaded = { status: "signed-out" } | { status: "ok"; background: BackgroundInput | null };

let pending: Promise<Loaded> | null = null;
/** After a sign-in, sign-out or save, the shared session state may still be the old one: ask the server. */
let sessionChanged = false;

type SessionState = { data: unknown; error: { status?: number } | null; isPending: boolean; isRefetching: boolean };

/**
 * Whether someone is signed in, from the session request the account menu
 * already makes: one GET /api/auth/get-session per page, not one per reader of it.
 */
function signedIn(): Promise<boolean> {
  if (sessionChanged) {
    sessionChanged = false;
    return sessionClient.getSession().then(({ data, error }) => {
      if (error && error.status !== 401) throw new Error(`session: HTTP ${error.status}`);
      return Boolean(data);
    });
  }
  const session = sessionClient.$store.atoms.session!;
  return new Promise((resolve, reject) => {
    let settled = false;
    const stop = session.subscribe((state: SessionState) => {
      if (settled || state.isPending || state.isRefetching) return;
      settled = true;
      // Unsubscribing inside the first, synchronous call would run before `stop` is assigned.
      queueMicrotask(() => stop());
      if (state.error && !state.data && state.error.status !== 401) reject(new Error(`session: HTTP ${state.error.status ?? "failed"}`));
      else resolve(Boolean(state.data));
    });
  });
}

/** The signed-in reader's onboarding answers, fetched once and shared until invalidated. */
export function loadBackground(): Promise<Loaded> {
  if (pending) return pending;
  const request = signedIn()
    .then(async (signedIn): Promise<Loaded> => {
      if (!signedIn) return { status: "signed-out" };
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
  sessionChanged = true;
  window.dispatchEvent(new Event(BACKGROUND_CHANGED_EVENT));
}
