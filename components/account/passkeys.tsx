"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/auth/field";
import { authClient } from "@/lib/auth-client";
import { formatDate } from "@/lib/format";

export type PasskeyRow = { id: string; name: string | null; createdAt: string | null };

/** Add, name, list and remove the account's passkeys (WebAuthn, through Better-Auth's passkey plugin). */
export function Passkeys({ passkeys }: { passkeys: PasskeyRow[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);

  async function run(action: () => Promise<{ error: { message?: string; code?: string } | null } | undefined>, done: string) {
    setPending(true);
    setError(null);
    setMessage(null);
    const result = await action();
    setPending(false);
    if (result?.error) {
      setError(result.error.code === "ERROR_CEREMONY_ABORTED" || result.error.code === "AUTH_CANCELLED" ? "Cancelled." : (result.error.message ?? "That did not work. Please try again."));
      return false;
    }
    setMessage(done);
    router.refresh();
    return true;
  }

  async function onAdd(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("name")).trim() || "Passkey";
    if (await run(() => authClient.passkey.addPasskey({ name }), `Passkey “${name}” added.`)) formElement.reset();
  }

  async function onRename(event: React.FormEvent<HTMLFormElement>, id: string) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name")).trim();
    if (!name) return setError("Give the passkey a name.");
    if (await run(() => authClient.passkey.updatePasskey({ id, name }), "Renamed.")) setRenaming(null);
  }

  return (
    <div className="space-y-4">
      <FormError message={error} />
      {passkeys.length === 0 ? (
        <p className="text-sm text-muted">No passkeys yet. A passkey signs you in with your device&apos;s screen lock, fingerprint or a security key: no password to type.</p>
      ) : (
        <ul className="divide-y divide-border rounded-md border border-border" aria-label="Passkeys">
          {passkeys.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
              {renaming === p.id ? (
                <form onSubmit={(event) => onRename(event, p.id)} className="flex flex-wrap items-end gap-2">
                  <div className="space-y-1">
                    <label htmlFor={`rename-${p.id}`} className="block text-xs font-medium">
                      New name
                    </label>
                    <input id={`rename-${p.id}`} name="name" className="input py-1" defaultValue={p.name ?? ""} maxLength={60} autoFocus />
                  </div>
                  <button type="submit" className="btn-primary px-3 py-1.5" disabled={pending}>
                    Save
                  </button>
                  <button type="button" className="btn-ghost px-3 py-1.5" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <span className="min-w-0 break-all">
                    {p.name || "Passkey"}
                    {p.createdAt && <span className="block text-xs text-muted">Added {formatDate(new Date(p.createdAt))}</span>}
                  </span>
                  <span className="flex gap-2">
                    <button type="button" className="btn-ghost px-3 py-1.5" onClick={() => setRenaming(p.id)} aria-label={`Rename ${p.name || "passkey"}`}>
                      Rename
                    </button>
                    <button
                      type="button"
                      className="btn-ghost px-3 py-1.5"
                      disabled={pending}
                      onClick={() => run(() => authClient.passkey.deletePasskey({ id: p.id }), "Passkey removed.")}
                      aria-label={`Remove ${p.name || "passkey"}`}
                    >
                      Remove
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onAdd} className="flex flex-wrap items-end gap-3" aria-label="Add a passkey">
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="passkey-name" className="block text-sm font-medium">
            Name for the new passkey
          </label>
          <input id="passkey-name" name="name" className="input" placeholder="e.g. My laptop" maxLength={60} />
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Waiting for your device…" : "Add a passkey"}
        </button>
      </form>
      <p role="status" className="text-sm text-muted">
        {message}
      </p>
    </div>
  );
}
