"use client";

import { IntentLink } from "./intent-link";
import { useSession } from "@/lib/session-client";

/** The home page's second call to action: an account for guests, their own account page for readers who have one. */
export function HomeAccountLink() {
  const { data: session, isPending } = useSession();
  // Holds the button's place so the row does not jump once the session is known.
  if (isPending) return <span className="btn-ghost invisible" aria-hidden="true">Create a free account</span>;
  // Guests chatting with the tutor have an anonymous session but no account yet.
  if (!session || session.user.isAnonymous) {
    return (
      <IntentLink href="/sign-up" className="btn-ghost">
        Create a free account
      </IntentLink>
    );
  }
  return (
    <IntentLink href="/account" className="btn-ghost">
      Your account and background
    </IntentLink>
  );
}
