"use client";

import { IntentLink } from "@/components/site/intent-link";
import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "./auth-errors";
import { Field, FormError } from "./field";

export function ForgotPasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email")).trim();
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    setPending(false);
    if (failure) setError(describeAuthError(failure));
    else setSentTo(email);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <FormError message={error} />
      {/* The same words whether or not the address has an account: the page must not tell. */}
      {sentTo && (
        <p role="status" className="rounded-md border border-accent/60 px-3 py-2 text-sm">
          If {sentTo} belongs to an account, a link to reset the password is on its way. It works once, for one hour.
        </p>
      )}
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required autoFocus />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </button>
      <p className="text-center text-sm text-muted">
        Remembered it?{" "}
        <IntentLink href="/sign-in" className="link">
          Sign in
        </IntentLink>
      </p>
    </form>
  );
}
