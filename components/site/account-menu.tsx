"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { signOut } from "@/lib/session-client";
import { invalidateBackground } from "./background-store";
import { IntentLink } from "./intent-link";
import { useOnboardingReminder } from "./use-onboarding-reminder";

/** The signed-in reader's menu in the header: their account, administration for admins, signing out. */
export function AccountMenu({ userId, name, email, isAdmin }: { userId: string; name: string; email: string; isAdmin: boolean }) {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const router = useRouter();
  const root = useRef<HTMLDivElement>(null);
  const reminder = useOnboardingReminder(userId);
  // No nudge while the questionnaire itself is on screen.
  const pathname = usePathname();
  const showReminder = reminder.show && !pathname.startsWith("/onboarding");

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !root.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  async function handleSignOut() {
    setSigningOut(true);
    await signOut();
    invalidateBackground();
    setOpen(false);
    setSigningOut(false);
    router.push("/");
    router.refresh();
  }

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        className="btn-ghost relative px-3 py-1.5"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls="account-menu"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="max-w-24 truncate sm:max-w-40">{name || email}</span>
        {showReminder && (
          <span className="absolute -end-1 -top-1 h-2.5 w-2.5 rounded-full bg-warn" aria-label="Onboarding not finished" />
        )}
      </button>
      {open && (
        <div id="account-menu" className="card absolute end-0 mt-2 w-72 p-2 shadow-xl">
          <p className="truncate px-3 py-2 text-xs text-muted">{email}</p>
          {showReminder && (
            <div role="status" className="m-1 rounded-md border border-warn/50 p-3 text-sm">
              <p>Tell the tutor about your background so its answers fit you.</p>
              <div className="mt-2 flex gap-2">
                <IntentLink href="/onboarding?next=/account" className="btn-primary px-3 py-1" onClick={() => setOpen(false)}>
                  Finish onboarding
                </IntentLink>
                <button type="button" className="btn-ghost px-3 py-1" onClick={reminder.dismiss}>
                  Dismiss
                </button>
              </div>
            </div>
          )}
          <IntentLink href="/account" className="block rounded px-3 py-2 text-sm hover:bg-bg" onClick={() => setOpen(false)}>
            Account
          </IntentLink>
          {isAdmin && (
            <IntentLink href="/admin" className="block rounded px-3 py-2 text-sm hover:bg-bg" onClick={() => setOpen(false)}>
              Administration
            </IntentLink>
          )}
          <button
            type="button"
            className="block w-full rounded px-3 py-2 text-start text-sm hover:bg-bg"
            onClick={handleSignOut}
            disabled={signingOut}
          >
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      )}
    </div>
  );
}
