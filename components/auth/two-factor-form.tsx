"use client";

import { IntentLink } from "@/components/site/intent-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { invalidateBackground } from "@/components/site/background-store";
import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "./auth-errors";
import { Field, FormError } from "./field";

/** The second step of signing in: a code from the authenticator app, or a backup code. */
export function TwoFactorForm({ next }: { next: string }) {
  const router = useRouter();
  const [backup, setBackup] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = String(form.get("code")).trim();
    const trustDevice = form.get("trust") === "on";
    setPending(true);
    setError(null);
    const { error: failure } = backup
      ? await authClient.twoFactor.verifyBackupCode({ code, trustDevice })
      : await authClient.twoFactor.verifyTotp({ code: code.replace(/\s/g, ""), trustDevice });
    if (failure) {
      setPending(false);
      setError(
        failure.status === 401 && !failure.code?.startsWith("INVALID")
          ? "This sign-in has timed out. Sign in again."
          : failure.status === 429
            ? describeAuthError(failure)
            : backup
              ? "That backup code is not right, or was already used."
              : "That code is not right. Wait for the next one and try again.",
      );
      return;
    }
    invalidateBackground();
    router.push(next);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <FormError message={error} />
      {backup ? (
        <Field key="backup" id="code" name="code" label="Backup code" autoComplete="off" required autoFocus />
      ) : (
        <Field key="totp" id="code" name="code" label="Code from your authenticator app" inputMode="numeric" autoComplete="one-time-code" required autoFocus />
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="trust" />
        Trust this device for 30 days
      </label>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Checking…" : "Verify"}
      </button>
      <button type="button" className="btn-ghost w-full" onClick={() => (setBackup((value) => !value), setError(null))}>
        {backup ? "Use a code from the app instead" : "Use a backup code instead"}
      </button>
      <p className="text-center text-sm text-muted">
        <IntentLink href="/sign-in" className="link">
          Back to sign in
        </IntentLink>
      </p>
    </form>
  );
}
