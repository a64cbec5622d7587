"use client";

import { adminClient, anonymousClient, magicLinkClient, twoFactorClient } from "better-auth/client/plugins";
import { passkeyClient } from "@better-auth/passkey/client";
import { createAuthClient } from "better-auth/react";
import { ac, roles } from "./permissions";

export const authClient = createAuthClient({
  // The sign-in form sends an account with two-factor on to /two-factor itself (it knows where to go next).
  plugins: [anonymousClient(), magicLinkClient(), adminClient({ ac, roles }), twoFactorClient(), passkeyClient()],
});

export const { signIn, signUp, signOut, useSession } = authClient;
