"use client";

import { useState } from "react";
import { FormError } from "@/components/auth/field";

export function RedeemInvite({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function redeem() {
    setPending(true);
    setError(null);
    const response = await fetch("/api/invites/redeem", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token }),
    }).catch(() => null);
    setPending(false);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as { error?: string } | null;
      return setError(body?.error ?? "Could not reach the server. Please try again.");
    }
    setDone(true);
  }

  if (done) return <p role="status" className="text-sm">You are now an instructor.</p>;
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <button type="button" className="btn-primary w-full" onClick={redeem} disabled={pending}>
        {pending ? "Accepting…" : "Accept the invite"}
      </button>
    </div>
  );
}
