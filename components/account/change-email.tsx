"use client";

import { useState } from "react";
import { Field, FormError } from "@/components/auth/field";
import { authClient } from "@/lib/auth-client";

export function ChangeEmail({ current }: { current: string }) {
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newEmail = String(new FormData(event.currentTarget).get("newEmail")).trim();
    setError(null);
    if (newEmail.toLowerCase() === current.toLowerCase()) return setError("That is already your email.");
    setPending(true);
    const { error: failure } = await authClient.changeEmail({ newEmail, callbackURL: "/account" });
    setPending(false);
    if (failure) setError(failure.message ?? "Could not start the change. Please try again.");
    else setSentTo(newEmail);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Change email">
      <FormError message={error} />
      <Field id="new-email" name="newEmail" type="email" label="New email" autoComplete="email" required />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-ghost" disabled={pending}>
          {pending ? "Sending…" : "Change email"}
        </button>
        <p role="status" className="text-sm text-muted">
          {sentTo && `We sent a link to ${sentTo}. Your email changes once you open it.`}
        </p>
      </div>
    </form>
  );
}
