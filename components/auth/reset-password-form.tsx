"use client";

import { IntentLink } from "@/components/site/intent-link";
import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { PASSWORD_MIN_LENGTH } from "@/lib/limits";
import { describeAuthError } from "./auth-errors";
import { Field, FormError } from "./field";

export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("password"));
    setError(null);
    if (newPassword.length < PASSWORD_MIN_LENGTH) return setFieldError(`Use at least ${PASSWORD_MIN_LENGTH} characters.`);
    if (newPassword !== String(form.get("confirm"))) return setFieldError("The two passwords differ.");
    setFieldError(undefined);
    setPending(true);
    const { error: failure } = await authClient.resetPassword({ newPassword, token });
    setPending(false);
    if (failure) setError(describeAuthError(failure));
    else setDone(true);
  }

  if (done) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md border border-accent/60 px-3 py-2 text-sm">
          Your password has been changed and every session has been signed out.
        </p>
        <IntentLink href="/sign-in" className="btn-primary w-full">
          Sign in
        </IntentLink>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={error} />
      <Field
        id="password"
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fieldError}
        autoFocus
      />
      <Field id="confirm" name="confirm" type="password" label="New password, again" autoComplete="new-password" required />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
