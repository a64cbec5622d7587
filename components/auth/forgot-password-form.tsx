"use client";

import { IntentLink } from "@/components/site/intent-link";
import { authClient } from "@/lib/auth-client";
import { Field, FormError } from "./field";
import { useEmailLink } from "./use-email-link";

export function ForgotPasswordForm() {
  const { error, sentTo, pending, onSubmit } = useEmailLink((email) => authClient.requestPasswordReset({ email, redirectTo: "/reset-password" }));

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
