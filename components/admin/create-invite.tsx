"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/auth/field";

export function CreateInvite() {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function create() {
    setPending(true);
    setError(null);
    const response = await fetch("/api/admin/invites", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }).catch(() => null);
    setPending(false);
    const body = (await response?.json().catch(() => null)) as { url?: string; error?: string } | null;
    if (!response?.ok || !body?.url) return setError(body?.error ?? "Could not create an invite. Please try again.");
    setLink(body.url);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <FormError message={error} />
      <button type="button" className="btn-primary" onClick={create} disabled={pending}>
        {pending ? "Creating…" : "Create instructor invite"}
      </button>
      {link && (
        <div className="space-y-1">
          <label htmlFor="invite-link" className="block text-sm font-medium">
            Invite link (shown once: copy it now)
          </label>
          <input id="invite-link" className="input" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
