"use client";

import { useState } from "react";
import { Field, FormError } from "@/components/auth/field";
import { authClient } from "@/lib/auth-client";
import { PASSWORD_MIN_LENGTH } from "@/lib/limits";

export function ChangePassword() {
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = String(form.get("newPassword"));
    setError(null);
    setMessage(null);
    if (newPassword.length < PASSWORD_MIN_LENGTH) return setFieldError(`Use at least ${PASSWORD_MIN_LENGTH} characters.`);
    setFieldError(undefined);
    setPending(true);
    const { error: failure } = await authClient.changePassword({
      currentPassword: String(form.get("currentPassword")),
      newPassword,
      revokeOtherSessions: form.get("signOutOthers") === "on",
    });
    setPending(false);
    if (failure) {
      setError(failure.code === "INVALID_PASSWORD" ? "Your current password is not right." : (failure.message ?? "Could not change the password."));
      return;
    }
    formElement.reset();
    setMessage("Password changed.");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Change password">
      <FormError message={error} />
      <Field id="current-password" name="currentPassword" type="password" label="Current password" autoComplete="current-password" required />
      <Field
        id="new-password"
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fieldError}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="signOutOthers" defaultChecked />
        Sign out every other device
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : "Change password"}
        </button>
        <p role="status" className="text-sm text-muted">
          {message}
        </p>
      </div>
    </form>
  );
}
