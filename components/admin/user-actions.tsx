"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/auth/field";
import { authClient } from "@/lib/auth-client";
import { ROLES, type Role } from "@/lib/permissions";

type Result = { error: { message?: string } | null };

/** An admin's actions on one user: role, ban, sessions, deletion. Each goes through Better-Auth's admin API. */
export function UserActions({ userId, email, role, banned }: { userId: string; email: string; role: Role; banned: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const id = userId.slice(0, 8);

  async function run(action: () => Promise<Result>, done: string) {
    setPending(true);
    setError(null);
    setMessage(null);
    const { error: failure } = await action();
    setPending(false);
    if (failure) return setError(failure.message ?? "That did not work. Please try again.");
    setMessage(done);
    router.refresh();
  }

  function onRole(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get("role")) as Role;
    void run(() => authClient.admin.setRole({ userId, role: next }), `Role set to ${next}.`);
  }

  function onBan(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const banReason = String(new FormData(event.currentTarget).get("reason")).trim();
    if (!banReason) return setError("Give a reason for the ban.");
    void run(() => authClient.admin.banUser({ userId, banReason }), "Banned; their sessions have ended.");
  }

  return (
    <div className="space-y-3 border-t border-border pt-3">
      <FormError message={error} />
      <div className="flex flex-wrap items-end gap-3">
        <form onSubmit={onRole} className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor={`role-${id}`} className="block text-xs font-medium">
              Role of {email}
            </label>
            <select id={`role-${id}`} name="role" defaultValue={role} className="input py-1">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-ghost px-3 py-1.5" disabled={pending}>
            Save role
          </button>
        </form>
        {banned ? (
          <button type="button" className="btn-ghost px-3 py-1.5" disabled={pending} onClick={() => run(() => authClient.admin.unbanUser({ userId }), "Ban lifted.")}>
            Unban
          </button>
        ) : (
          <form onSubmit={onBan} className="flex items-end gap-2">
            <div className="space-y-1">
              <label htmlFor={`ban-${id}`} className="block text-xs font-medium">
                Ban reason
              </label>
              <input id={`ban-${id}`} name="reason" className="input py-1" maxLength={200} />
            </div>
            <button type="submit" className="btn-danger px-3 py-1.5" disabled={pending}>
              Ban
            </button>
          </form>
        )}
        <button
          type="button"
          className="btn-ghost px-3 py-1.5"
          disabled={pending}
          onClick={() => run(() => authClient.admin.revokeUserSessions({ userId }), "Every session of theirs has ended.")}
        >
          Revoke sessions
        </button>
        {confirmDelete ? (
          <span className="flex items-center gap-2">
            <button type="button" className="btn-danger px-3 py-1.5" disabled={pending} onClick={() => run(() => authClient.admin.removeUser({ userId }), "Deleted.")}>
              Delete {email} permanently
            </button>
            <button type="button" className="btn-ghost px-3 py-1.5" onClick={() => setConfirmDelete(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="btn-ghost px-3 py-1.5" disabled={pending} onClick={() => setConfirmDelete(true)}>
            Delete user
          </button>
        )}
      </div>
      <p role="status" className="text-xs text-muted">
        {message}
      </p>
    </div>
  );
}
