"use client";

import type { BetterAuthClientPlugin } from "better-auth/client";
import { adminClient, anonymousClient, magicLinkClient, twoFactorClient } from "better-auth/client/plugins";
import { passkeyClient } from "@better-auth/passkey/client";
import { createAuthClient } from "better-auth/react";
import { ac, roles } from "./permissions";
import { sessionClient } from "./session-client";

/**
 * lib/session-client.ts's session, shared: signing in here (a password, a magic link, a passkey, a
 * second factor) or changing the account refreshes the one session the header and the rest of the page
 * read, with no second request for it.
 */
const sharedSession = {
  id: "shared-session",
  getAtoms: () => ({ $sessionSignal: sessionClient.$store.atoms.$sessionSignal!, session: sessionClient.$store.atoms.session! }),
} satisfies BetterAuthClientPlugin;

export const authClient = createAuthClient({
  // The sign-in form sends an account with two-factor on to /two-factor itself (it knows where to go next).
  plugins: [sharedSession, anonymousClient(), magicLinkClient(), adminClient({ ac, roles }), twoFactorClient(), passkeyClient()],
});

export const { signIn, signUp, signOut, useSession } = authClient;
