import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins/admin";
import { anonymous } from "better-auth/plugins/anonymous";
import { magicLink } from "better-auth/plugins/magic-link";
import { twoFactor } from "better-auth/plugins/two-factor";
import { passkey } from "@better-auth/passkey";
import { organization } from "better-auth/plugins/organization";
import { after } from "next/server";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { currentAccess, grantAdminByEmail, recordAdminAction, userEmail } from "@/db/queries/admin";
import { consumeAttempt } from "@/db/queries/rate-limit";
import { sessionIsLive } from "@/db/queries/session";
import * as schema from "@/db/schema";
import { authSecret } from "./auth-secret";
import { boundedRequest } from "./body";
import { CLIENT_ADDRESS_HEADER, withClientAddress } from "./client-address";
import { changeEmailEmail, magicLinkEmail, resetPasswordEmail, verificationEmail } from "./email/messages";
import { createEmailSender } from "./email/send";
import { emailCanBeSent, env, socialProviders, type Env } from "./env";
import { UNAVAILABLE, errorResponse, jsonError, loggable } from "./errors";
import { adoptGuestData } from "./guests";
import { PASSWORD_MIN_LENGTH } from "./limits";
import { newJoinCode } from "./join-code";
import { ac, roles } from "./permissions";
import { STORABLE_HINT, isStorable } from "./storable-text";
import { withNext } from "./redirect";

// Sign-in is the endpoint worth guessing against. Per address, enough for a
// class behind one school address to sign in (typos included); per account, a
// handful of tries a minute, whatever address they come from. New guests:
// enough an hour for two classes behind one school address, not an endless
// supply of fresh question allowances. All are counted in the database so
// every serverless instance agrees.
export const AUTH_RATE_LIMITS = {
  "/sign-in/email": { window: 60, max: 60 },
  "/sign-up/email": { window: 60, max: 10 },
  "/sign-in/anonymous": { window: 60 * 60, max: 100 },
  // Each sends an email: enough to retry a typo, not a way to flood someone's inbox.
  "/request-password-reset": { window: 60, max: 10 },
  "/sign-in/magic-link": { window: 60, max: 10 },
  "/send-verification-email": { window: 60, max: 10 },
  // Reading one's own session guesses nothing. Limited, and shared by every reader when the deployment
  // names no client address, it would sign the whole site out once a hundred pages load in a minute.
  "/get-session": false,
} as const;
export const SIGN_IN_PER_ACCOUNT = { window: 60, max: 5 };

const signInAccount = z.object({ email: z.string() });

/** A 400 naming the first field Postgres could not store (a null character, half a surrogate pair). */
function refuseUnstorableFields(body: unknown): void {
  const unstorable = Object.entries((body ?? {}) as Record<string, unknown>).find(
    ([, value]) => typeof value === "string" && !isStorable(value),
  );
  if (unstorable) {
    throw new APIError("BAD_REQUEST", { code: "INVALID_TEXT", message: `Invalid ${unstorable[0]}: ${STORABLE_HINT}.` });
  }
}

/** Counts a sign-in attempt against its account, from whatever address, and refuses it past the limit. */
async function limitSignInPerAccount(db: Database, body: unknown): Promise<void> {
  const parsed = signInAccount.safeParse(body);
  if (!parsed.success) return;
  const email = parsed.data.email.trim().toLowerCase();
  const { allowed, retryAfter } = await consumeAttempt(db, `sign-in:${email}`, SIGN_IN_PER_ACCOUNT);
  if (!allowed) {
    throw new APIError(
      "TOO_MANY_REQUESTS",
      { message: "Too many sign-in attempts for this account. Please try again later." },
      { "X-Retry-After": String(retryAfter) },
    );
  }
}

export const TRUST_DEVICE_DAYS = 30;

// How long an emailed link works, in seconds.
export const LINK_LIFETIMES = { verification: 24 * 60 * 60, resetPassword: 60 * 60, magicLink: 15 * 60 } as const;

/**
 * Work that must not hold up the answer (sending an email) runs after it, as Next runs `after` work;
 * outside a request (scripts, tests) it simply runs. A failure is logged, never the caller's error:
 * the answer to "reset my password" must not say whether the email exists.
 */
function inBackground(promise: Promise<unknown>): void {
  const logged = promise.catch((error) => console.error(`Background task failed: ${loggable(error)}`));
  try {
    after(logged);
  } catch {
    // Not in a request scope: the promise is already running.
  }
}

const verificationClaims = z.object({ updateTo: z.string().optional() });

/** Whether a verification token (a signed JWT) confirms a new address rather than a first one. */
function confirmsEmailChange(token: string): boolean {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
    return Boolean(verificationClaims.parse(payload).updateTo);
  } catch {
    return false;
  }
}

/** What each of Better-Auth's admin endpoints writes to the audit table, from its request body. */
const AUDITED_ADMIN_ACTIONS: Record<string, (body: Record<string, unknown>) => { action: string; detail: string | null }> = {
  "/admin/set-role": (body) => ({ action: "set role", detail: String(body.role) }),
  "/admin/ban-user": (body) => ({ action: "banned", detail: typeof body.banReason === "string" ? body.banReason : null }),
  "/admin/unban-user": () => ({ action: "lifted the ban", detail: null }),
  "/admin/revoke-user-sessions": () => ({ action: "revoked all sessions", detail: null }),
  "/admin/remove-user": () => ({ action: "deleted the account", detail: null }),
};

const adminTarget = z.object({ userId: z.string() });

export function createAuth(db: Database, e: Env = env()) {
  const social = socialProviders(e);
  const sendEmail = createEmailSender(e);
  const mail = emailCanBeSent(e);
  const adminEmails = new Set(e.ADMIN_EMAILS);
  // A deleted account's address is gone by the time its deletion is audited: read before, written after.
  const deletedEmails = new WeakMap<Request, string>();

  /**
   * ADMIN_EMAILS makes the first admins. Only once the address is confirmed: otherwise whoever
   * signed up first with that address, without owning it, would be an admin.
   */
  async function grantListedAdmin(userId: string): Promise<void> {
    if (adminEmails.size === 0) return;
    const access = await currentAccess(db, userId);
    if (!access?.emailVerified || access.role === "admin" || !adminEmails.has(access.email.toLowerCase())) return;
    await grantAdminByEmail(db, access.email);
    await recordAdminAction(db, { actorId: null, actorEmail: "ADMIN_EMAILS", action: "set role", targetId: userId, targetEmail: access.email, detail: "admin" });
  }
  const auth = betterAuth({
    appName: "Physical AI & Humanoid Robotics",
    // Deployed apps set BETTER_AUTH_URL; a local server answers on whatever
    // loopback host and port it was started with.
    baseURL: e.BETTER_AUTH_URL ?? {
      allowedHosts: ["localhost:*", "127.0.0.1:*", ...(e.VERCEL ? ["*.vercel.app"] : [])],
      fallback: `http://localhost:${e.PORT}`,
    },
    secret: authSecret(e),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        rateLimit: schema.rateLimit,
        twoFactor: schema.twoFactor,
        passkey: schema.passkey,
        organization: schema.organization,
        member: schema.member,
        invitation: schema.invitation,
      },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      autoSignIn: true,
      requireEmailVerification: e.EMAIL_VERIFICATION === "required",
      ...(mail && {
        sendResetPassword: ({ user, url }) => sendEmail(resetPasswordEmail(user.email, url, LINK_LIFETIMES.resetPassword)),
      }),
      resetPasswordTokenExpiresIn: LINK_LIFETIMES.resetPassword,
      // Whoever had the old password is signed out everywhere.
      revokeSessionsOnPasswordReset: true,
    },
    ...(mail && {
      emailVerification: {
        sendVerificationEmail: ({ user, url, token }) =>
          sendEmail(
            (confirmsEmailChange(token) ? changeEmailEmail : verificationEmail)(user.email, url, LINK_LIFETIMES.verification),
          ),
        sendOnSignUp: true,
        sendOnSignIn: e.EMAIL_VERIFICATION === "required",
        autoSignInAfterVerification: true,
        expiresIn: LINK_LIFETIMES.verification,
        afterEmailVerification: (user) => grantListedAdmin(user.id),
      },
    }),
    socialProviders: {
      ...(social.github && {
        github: { clientId: e.GITHUB_CLIENT_ID!, clientSecret: e.GITHUB_CLIENT_SECRET! },
      }),
      ...(social.google && {
        google: { clientId: e.GOOGLE_CLIENT_ID!, clientSecret: e.GOOGLE_CLIENT_SECRET! },
      }),
    },
    session: {
      // A signed copy of the session in a cookie: most page renders skip the database.
      cookieCache: { enabled: true, maxAge: 5 * 60 },
    },
    user: {
      deleteUser: { enabled: true },
      // The new address confirms the change (the link goes to it); until then the old one stays.
      changeEmail: { enabled: mail },
    },
    // Failures are logged as the app logs them, without the values a failed
    // query carried; a refusal (4xx) is an answer, not a failure.
    onAPIError: {
      onError: (error) => {
        if (!(error instanceof APIError) || error.statusCode >= 500) console.error(`Auth failed: ${loggable(error)}`);
      },
    },
    databaseHooks: {
      user: { create: { after: (user) => grantListedAdmin(user.id) } },
      session: {
        create: {
          // A sign-in link proves the inbox, not the second factor: accounts with two-factor on use their password and code.
          before: async (session, ctx) => {
            if (ctx?.path !== "/magic-link/verify") return;
            // The link was opened in a browser: back to the sign-in page, which says why.
            if ((await currentAccess(db, session.userId))?.twoFactorEnabled) throw ctx.redirect("/sign-in?link=two-factor");
          },
          after: (session) => grantListedAdmin(session.userId),
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        refuseUnstorableFields(ctx.body);
        if (ctx.path === "/sign-in/email") await limitSignInPerAccount(db, ctx.body);
        if (ctx.path === "/admin/remove-user" && ctx.request) {
          const target = adminTarget.safeParse(ctx.body);
          const email = target.success ? await userEmail(db, target.data.userId) : null;
          if (email) deletedEmails.set(ctx.request, email);
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const audited = AUDITED_ADMIN_ACTIONS[ctx.path];
        if (!audited || ctx.context.returned instanceof Error) return;
        const actor = ctx.context.session ?? (await getSessionFromCtx(ctx));
        const target = adminTarget.safeParse(ctx.body);
        if (!actor || !target.success) return;
        const { action, detail } = audited(ctx.body as Record<string, unknown>);
        await recordAdminAction(db, {
          actorId: actor.user.id,
          actorEmail: actor.user.email,
          action,
          targetId: target.data.userId,
          targetEmail: (ctx.request && deletedEmails.get(ctx.request)) ?? (await userEmail(db, target.data.userId)),
          detail,
        });
      }),
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: AUTH_RATE_LIMITS,
    },
    advanced: {
      useSecureCookies: e.NODE_ENV === "production",
      // Set by `handler` below from what the deployment vouches for, so a made-up X-Forwarded-For is not a new address.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
      backgroundTasks: { handler: inBackground },
    },
    plugins: [
      // Roles and what they allow: lib/permissions.ts. The plugin reads the caller's role from the
      // database for every admin endpoint, never from the cookie cache.
      admin({
        ac,
        roles,
        defaultRole: "student",
        adminRoles: ["admin"],
        bannedUserMessage: "This account has been suspended. Contact the course staff if you think this is a mistake.",
      }),
      // TOTP with backup codes; "trust this device" skips the code for 30 days on that browser.
      twoFactor({ issuer: "Physical AI Textbook", trustDeviceMaxAge: TRUST_DEVICE_DAYS * 24 * 60 * 60 }),
      // Passkeys belong to the site's host name: the configured public URL, else localhost.
      passkey({
        rpName: "Physical AI Textbook",
        rpID: e.BETTER_AUTH_URL ? new URL(e.BETTER_AUTH_URL).hostname : e.VERCEL_PROJECT_PRODUCTION_URL ?? "localhost",
        origin: e.BETTER_AUTH_URL ? new URL(e.BETTER_AUTH_URL).origin : null,
      }),
      // Classes (lib/classes.ts): instructors and admins create them; students join by link or code.
      organization({
        allowUserToCreateOrganization: async (user) => {
          const access = await currentAccess(db, user.id);
          // Better-Auth's own create endpoint asks the same as POST /api/classes: a teacher with a confirmed
          // address, read from the database (the user it is given may come from an older session cookie).
          return Boolean(access?.emailVerified) && !access?.banned && (access?.role === "instructor" || access?.role === "admin");
        },
        creatorRole: "owner",
        schema: {
          organization: {
            additionalFields: {
              term: { type: "string", required: false },
              joinCode: { type: "string", required: false, input: false },
              joiningClosed: { type: "boolean", required: false, defaultValue: false, input: false },
            },
          },
        },
        organizationHooks: {
          beforeCreateOrganization: async ({ organization: created }) => ({ data: { ...created, joinCode: newJoinCode() } }),
        },
      }),
      // Guests chat as anonymous users; signing up keeps what they did.
      anonymous({
        onLinkAccount: ({ anonymousUser, newUser }) => adoptGuestData(db, anonymousUser.user.id, newUser.user.id),
      }),
      ...(mail
        ? [
            magicLink({
              // A sign-in option for existing accounts; signing up still asks for a name and a password.
              disableSignUp: true,
              expiresIn: LINK_LIFETIMES.magicLink,
              storeToken: "hashed",
              sendMagicLink: ({ email, url }) => sendEmail(magicLinkEmail(email, url, LINK_LIFETIMES.magicLink)),
            }),
          ]
        : []),
      nextCookies(),
    ],
  });
  return {
    ...auth,
    // Auth answers like the app's routes: a failure of its own (the database
    // gone) is a 503 with a message, not Better-Auth's empty 500.
    handler: async (request: Request) => {
      try {
        const response = await auth.handler(await boundedRequest(withClientAddress(checkedAgainstDatabase(request), e)));
        return response.status >= 500 ? jsonError(503, UNAVAILABLE) : response;
      } catch (error) {
        return errorResponse(error, `${request.method} ${new URL(request.url).pathname}`);
      }
    },
  };
}

/**
 * The browser's own session check reads the session row, not the signed copy in the cookie cache:
 * a session ended elsewhere (signed out, revoked, its password changed) shows as signed out on the
 * next page, not five minutes later. One indexed read per page load.
 */
function checkedAgainstDatabase(request: Request): Request {
  const url = new URL(request.url);
  if (request.method !== "GET" || !url.pathname.endsWith("/get-session")) return request;
  url.searchParams.set("disableCookieCache", "true");
  return new Request(url, request);
}

export type Auth = ReturnType<typeof createAuth>;
export type Session = Auth["$Infer"]["Session"];

const globalForAuth = globalThis as typeof globalThis & { __textbookAuth?: Promise<Auth> };

/** The app's Better-Auth instance, created on first use so builds never open the database. */
export function getAuth(): Promise<Auth> {
  globalForAuth.__textbookAuth ??= getDb().then((db) => createAuth(db));
  return globalForAuth.__textbookAuth;
}

// Checking the session cookies costs Better-Auth two HMAC verifications on
// libuv's thread pool, and under load each waits behind the whole event loop
// (the tutor's benchmark showed 20-100 ms). A verified session is remembered
// per cookie header for 30 s. Neither it nor the cookie cache knows whether the
// session has since ended: routes with a reader's data ask sessionStillLive.
const verifiedSessions = new LRUCache<string, Session>({ max: 10_000, ttl: 30_000 });

/** The caller's session, from the cookies of `requestHeaders` (or of the current request). */
export async function getSession(requestHeaders?: Headers): Promise<Session | null> {
  const source = requestHeaders ?? (await headers());
  const cookie = source.get("cookie");
  const remembered = cookie ? verifiedSessions.get(cookie) : undefined;
  if (remembered && new Date(remembered.session.expiresAt).getTime() > Date.now()) return remembered;
  const session = await (await getAuth()).api.getSession({ headers: source });
  if (cookie && session) verifiedSessions.set(cookie, session);
  return session;
}

/**
 * Whether `session` has not been ended since its cookies were signed. The
 * signed cookie cache and the memo above only say who the cookies belong to;
 * sign-out, revoking a session, a password change and account deletion remove
 * the row, and every server instance sees that here at once.
 */
export async function sessionStillLive(session: Session): Promise<boolean> {
  return sessionIsLive(await getDb(), session.session.id);
}

/** The caller's session if it is still live: for anything that reads or writes a reader's data. */
export async function getLiveSession(requestHeaders?: Headers): Promise<Session | null> {
  const session = await getSession(requestHeaders);
  return session && (await sessionStillLive(session)) ? session : null;
}

/** The signed-in reader of a page, or a redirect to sign in that comes back to `next`. */
export async function requirePageSession(next: string): Promise<Session> {
  const session = await getLiveSession();
  if (!session) redirect(withNext("/sign-in", next));
  return session;
}
