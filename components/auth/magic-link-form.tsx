"use client";

import { useState } from "react";
import { signIn } from "@/lib/auth-client";
import { describeAuthError } from "./auth-errors";
import { Field, FormError } from "./field";

/** Signs in with a link sent to the account's address instead of a password. */
export function MagicLinkForm({ next, onCancel }: { next: string; onCancel: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email")).trim();
    setPending(true);
    setError(null);
    const { error: failure } = await signIn.magicLink({ email, callbackURL: next, errorCallbackURL: "/sign-in?link=invalid" });
    setPending(false);
    if (failure) setError(describeAuthError(failure));
    else setSentTo(email);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <FormError message={error} />
      {sentTo && (
        <p role="status" className="rounded-md border border-accent/60 px-3 py-2 text-sm">
          If {sentTo} belongs to an account, a sign-in link is on its way. It works once, for 15 minutes.
        </p>
      )}
      <Field id="magic-email" name="email" type="email" label="Email" autoComplete="email" required autoFocus />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Sending…" : "Send me a sign-in link"}
      </button>
      <button type="button" className="btn-ghost w-full" onClick={onCancel}>
        Sign in with a password instead
      </button>
    </form>
  );
}
