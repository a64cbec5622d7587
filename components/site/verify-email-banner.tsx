"use client";

import { useState } from "react";
import { sessionClient, useSession } from "@/lib/session-client";

/** Asks a signed-in reader with an unconfirmed address to confirm it, with a way to get the link again. */
export function VerifyEmailBanner({ emailEnabled }: { emailEnabled: boolean }) {
  const { data: session } = useSession();
  const [state, setState] = useState<"idle" | "sending" | "sent" | "failed">("idle");
  if (!emailEnabled || !session || session.user.isAnonymous || session.user.emailVerified) return null;

  async function resend() {
    setState("sending");
    const { error } = await sessionClient.sendVerificationEmail({ email: session!.user.email, callbackURL: "/account" });
    setState(error ? "failed" : "sent");
  }

  return (
    <div role="region" aria-label="Confirm your email" className="border-b border-border bg-accent/10 px-4 py-2 text-sm">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1">
        <span>Please confirm your email address: we sent a link to {session.user.email}.</span>
        <button type="button" className="link" onClick={resend} disabled={state === "sending"}>
          {state === "sending" ? "Sending…" : "Resend the link"}
        </button>
        <span role="status" className="text-muted">
          {state === "sent" ? "Sent. Check your inbox." : state === "failed" ? "Could not send it. Please try again in a minute." : ""}
        </span>
      </div>
    </div>
  );
}
