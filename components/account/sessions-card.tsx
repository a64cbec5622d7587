"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { formatDateTime } from "@/lib/format";

export type SessionRow = { id: string; userAgent: string | null; ipAddress: string | null; createdAt: string; current: boolean };

function describeAgent(agent: string | null): string {
  if (!agent) return "Unknown device";
  const browser = /Edg\//.test(agent) ? "Edge" : /Chrome\//.test(agent) ? "Chrome" : /Firefox\//.test(agent) ? "Firefox" : /Safari\//.test(agent) ? "Safari" : "Browser";
  const os = /Android/.test(agent) ? "Android" : /iPhone|iPad/.test(agent) ? "iOS" : /Windows/.test(agent) ? "Windows" : /Mac OS/.test(agent) ? "macOS" : /Linux/.test(agent) ? "Linux" : "";
  return os ? `${browser} on ${os}` : browser;
}

export function SessionsCard({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const others = sessions.filter((s) => !s.current).length;

  async function revokeOthers() {
    setPending(true);
    const { error } = await authClient.revokeOtherSessions();
    setPending(false);
    setMessage(error ? "Could not sign out the other sessions. Please try again." : "Signed out of all other sessions.");
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-border rounded-md border border-border" aria-label="Active sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-3 px-4 py-3 text-sm">
            <span className="min-w-0">
              {describeAgent(s.userAgent)}
              <span className="block break-all text-xs text-muted">
                Signed in {formatDateTime(new Date(s.createdAt))}
                {s.ipAddress ? ` · ${s.ipAddress}` : ""}
              </span>
            </span>
            {s.current && <span className="shrink-0 rounded-full border border-accent px-2 py-0.5 text-xs text-accent">This device</span>}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="btn-ghost" onClick={revokeOthers} disabled={pending || others === 0}>
          {pending ? "Signing out…" : "Sign out of all other sessions"}
        </button>
        <p role="status" className="text-sm text-muted">
          {message ?? (others === 0 ? "No other active sessions." : `${others} other active session${others === 1 ? "" : "s"}.`)}
        </p>
      </div>
    </div>
  );
}
