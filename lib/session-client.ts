"use client";

import { anonymousClient, inferAdditionalFields } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/**
 * The reader's session for every page: who is signed in, signing out, a guest's anonymous sign-in
 * for the tutor, and re-sending the verification email. It carries none of the sign-in methods and
 * account tools (magic links, two-factor, passkeys, admin), which are lib/auth-client.ts's and load
 * only with the pages that use them: a chapter downloads about 6 KB (gzipped) less script.
 */
export const sessionClient = createAuthClient({
  plugins: [
    anonymousClient(),
    // The admin plugin's field, typed here without loading the plugin: the header shows admins their page.
    inferAdditionalFields({ user: { role: { type: "string", required: false, input: false } } }),
  ],
});

export const { signOut, useSession } = sessionClient;
