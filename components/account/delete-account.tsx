"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/auth/field";
import { invalidateBackground } from "@/components/site/background-store";
import { authClient } from "@/lib/auth-client";

export function DeleteAccount({ hasPassword }: { hasPassword: boolean }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!confirming) {
    return (
      <button type="button" className="btn-danger" onClick={() => setConfirming(true)}>
        Delete my account
      </button>
    );
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.deleteUser(hasPassword ? { password } : {});
    if (failure) {
      setPending(false);
      setError(
        failure.code === "INVALID_PASSWORD"
          ? "That password is not right."
          : failure.code === "SESSION_EXPIRED"
            ? "For your safety, sign in again before deleting your account."
            : (failure.message ?? "Could not delete the account. Please try again."),
      );
      return;
    }
    invalidateBackground();
    router.push("/?deleted=1");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-md border border-danger/60 p-4" aria-labelledby="delete-heading">
      <p id="delete-heading" className="text-sm">
        This permanently deletes your account, your background answers and every tutor conversation. It cannot be undone.
      </p>
      <FormError message={error} />
      {hasPassword && (
        <div className="space-y-1">
          <label htmlFor="delete-password" className="block text-sm font-medium">
            Confirm with your password
          </label>
          <input id="delete-password" name="password" type="password" className="input" autoComplete="current-password" required autoFocus />
        </div>
      )}
      <div className="flex gap-3">
        <button type="submit" className="btn-danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete permanently"}
        </button>
        <button type="button" className="btn-ghost" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
