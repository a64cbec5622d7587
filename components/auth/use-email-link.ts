"use client";

import { useState } from "react";
import { describeAuthError } from "./auth-errors";

type Failure = Parameters<typeof describeAuthError>[0] | null;

/**
 * A form that asks for an address and has a link sent to it (reset, sign-in):
 * the request's state, and the address it went to once sent.
 */
export function useEmailLink(send: (email: string) => Promise<{ error: Failure }>) {
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email")).trim();
    setPending(true);
    setError(null);
    const { error: failure } = await send(email);
    setPending(false);
    if (failure) setError(describeAuthError(failure));
    else setSentTo(email);
  }

  return { error, sentTo, pending, onSubmit };
}
