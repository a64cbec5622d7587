"use client";

import { IntentLink } from "./intent-link";
import { usePathname } from "next/navigation";
import { lazy, Suspense } from "react";
import { useSession } from "@/lib/session-client";
import { withNext } from "@/lib/redirect";

// Most readers are not signed in: the account menu downloads only for those who are.
const AccountMenu = lazy(() => import("./account-menu").then(({ AccountMenu }) => ({ default: AccountMenu })));

const placeholder = <span className="inline-block h-8 w-24" aria-hidden="true" />;

export function UserMenu() {
  const { data: session, isPending } = useSession();
  const pathname = usePathname();

  if (isPending) return placeholder;
  // Guests chatting with the tutor have an anonymous session but no account yet.
  if (!session || session.user.isAnonymous) {
    const next = pathname.startsWith("/sign-") ? null : pathname;
    return (
      <span className="flex items-center gap-2">
        <IntentLink href={withNext("/sign-in", next)} className="btn-ghost px-3 py-1.5">
          Sign in
        </IntentLink>
        <span className="hidden sm:inline">
          <IntentLink href={withNext("/sign-up", next)} className="btn-primary px-3 py-1.5">
            Sign up
          </IntentLink>
        </span>
      </span>
    );
  }
  // A convenience link only: the admin page checks the role in the database itself.
  const isAdmin = session.user.role === "admin";
  return (
    <Suspense fallback={placeholder}>
      <AccountMenu userId={session.user.id} name={session.user.name} email={session.user.email} isAdmin={isAdmin} />
    </Suspense>
  );
}
