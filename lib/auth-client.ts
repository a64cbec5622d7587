"use client";

import { adminClient, anonymousClient, magicLinkClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import { ac, roles } from "./permissions";

export const authClient = createAuthClient({ plugins: [anonymousClient(), magicLinkClient(), adminClient({ ac, roles })] });

export const { signIn, signUp, signOut, useSession } = authClient;
