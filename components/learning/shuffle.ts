"use client";

import { useSyncExternalStore } from "react";
import { subscribeNever } from "@/components/site/use-hydrated";
import { useSession } from "@/lib/session-client";

const SEED_KEY = "learning:seed";

function browserSeed(): string {
  try {
    const stored = localStorage.getItem(SEED_KEY);
    if (stored) return stored;
    const seed = crypto.randomUUID();
    localStorage.setItem(SEED_KEY, seed);
    return seed;
  } catch {
    return "browser";
  }
}

/** What a reader's quiz order hangs on: their account when they have a session, this browser otherwise. Null until hydrated. */
export function useReaderSeed(): string | null {
  const { data: session, isPending } = useSession();
  const local = useSyncExternalStore(subscribeNever, browserSeed, () => null);
  if (isPending || local === null) return null;
  return session?.user.id ?? local;
}
