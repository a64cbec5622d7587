import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { LINK_LIFETIMES, createAuth, type Auth } from "@/lib/auth";
import { verificationEmail } from "@/lib/email/messages";
import { readOutbox } from "@/lib/email/outbox";
import { createEmailSender } from "@/lib/email/send";
import { parseEnv } from "@/lib/env";
import { CookieJar, request } from "../support/http";
import { startMailServer, type MailServer } from "../support/mail-server";
import { startResendServer } from "../support/resend-server";
import { removeDir } from "../support/remove-dir";

let dir: string;
let handle: DatabaseHandle;
let mail: MailServer;
let ip = 0;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "email-accounts-"));
  handle = createDatabase({ driver: "pglite", dataDir: path.join(dir, "pglite") });
  await migrateDatabase(handle);
  mail = await startMailServer();
});

afterAll(async () => {
  await mail.close();
  await handle.close();
  removeDir(dir);
});

afterEach(() => vi.useRealTimers());

const authWith = (settings: Record<string, string> = {}) =>
  createAuth(handle.db, parseEnv({ NODE_ENV: "test", DATA_DIR: dir, SMTP_URL: mail.url, ...settings }));

/** Each call from its own address, so the per-address limits never decide a test. */
const call = (auth: Auth, route: string, init: { body?: unknown; jar?: CookieJar; method?: string } = {}) =>
  auth.handler(request(`/api/auth${route}`, { ...init, ip: `198.51.100.${ip++ % 250}` }));

/** Follows an emailed link the way a browser would, with `jar`'s cookies. */
async function follow(auth: Auth, link: string, jar = new CookieJar()) {
  const url = new URL(link);
  const response = jar.store(await call(auth, url.pathname.replace(/^\/api\/auth/, "") + url.search, { jar }));
  return { response, jar, location: response.headers.get("location") ?? "" };
}

async function signUp(auth: Auth, email: string, password = "correct-horse") {
  const jar = new CookieJar();
  const response = jar.store(await call(auth, "/sign-up/email", { body: { name: "Learner", email, password } }));
  return { response, jar };
}

const signIn = (auth: Auth, email: string, password: string, jar = new CookieJar()) =>
  call(auth, "/sign-in/email", { body: { email, password }, jar }).then((response) => ({ response: jar.store(response), jar }));

const sessionOf = async (auth: Auth, jar: CookieJar) =>
  (await (await call(auth, "/get-session", { jar })).json()) as { user: { email: string; emailVerified: boolean } } | null;

describe("the email module", () => {
  it("sends over SMTP a message with a text part, an HTML part, the app's name and the link", async () => {
    const send = createEmailSender(parseEnv({ NODE_ENV: "test", SMTP_URL: mail.url, EMAIL_FROM: "Course <course@example.com>" }));
    await send(verificationEmail("smtp-check@example.com", "http://localhost:3000/api/auth/verify-email?token=abc", 3600));
    const received = await mail.waitFor("smtp-check@example.com");
    expect(received.from).toBe("course@example.com");
    expect(received.subject).toContain("Physical AI & Humanoid Robotics");
    expect(received.text).toContain("http://localhost:3000/api/auth/verify-email?token=abc");
    expect(received.html).toContain('href="http://localhost:3000/api/auth/verify-email?token=abc"');
  });

  it("sends through Resend's HTTP API with the key when RESEND_API_KEY is set", async () => {
    const resend = await startResendServer("re_test_key");
    try {
      const send = createEmailSender(parseEnv({ NODE_ENV: "test", RESEND_API_KEY: "re_test_key", RESEND_API_URL: resend.url }));
      await send(verificationEmail("resend@example.com", "http://localhost:3000/x", 3600));
      expect(resend.received).toHaveLength(1);
      expect(resend.received[0]!.body).toMatchObject({ to: ["resend@example.com"], from: expect.stringContaining("@") });
      expect(resend.received[0]!.body.text).toContain("http://localhost:3000/x");
      expect(resend.received[0]!.body.html).toContain("http://localhost:3000/x");

      const wrongKey = createEmailSender(parseEnv({ NODE_ENV: "test", RESEND_API_KEY: "re_wrong", RESEND_API_URL: resend.url }));
      await expect(wrongKey(verificationEmail("resend@example.com", "http://localhost:3000/x", 3600))).rejects.toThrow(/HTTP 401/);
    } finally {
      await resend.close();
    }
  });

  it("without a sender, stores each message in the data folder's outbox and prints its link", async () => {
    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await createEmailSender(parseEnv({ NODE_ENV: "development", DATA_DIR: outboxDir }))(
        verificationEmail("local@example.com", "http://localhost:3000/verify?token=t", 3600),
      );
      expect(log.mock.calls.flat().join("\n")).toContain("http://localhost:3000/verify?token=t");
      const [stored] = await readOutbox(outboxDir);
      expect(stored).toMatchObject({ to: "local@example.com", link: "http://localhost:3000/verify?token=t" });
    } finally {
      log.mockRestore();
      removeDir(outboxDir);
    }
  });

  it("is a start-up error in hosted production only when verification is required and nothing can send", () => {
    const hosted = { NODE_ENV: "production", VERCEL: "1", DATABASE_URL: "postgres://x/y", BETTER_AUTH_SECRET: "s".repeat(32) };
    expect(() => parseEnv({ ...hosted, EMAIL_VERIFICATION: "required" })).toThrow(/SMTP_URL .* RESEND_API_KEY/);
    expect(() => parseEnv({ ...hosted, EMAIL_VERIFICATION: "required", SMTP_URL: "smtp://mail.example.com" })).not.toThrow();
    expect(() => parseEnv(hosted)).not.toThrow();
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.com" })).toThrow(/SMTP_URL must be an smtp/);
  });
});

describe("email verification", () => {
  it("mails a link on sign-up that marks the address verified", async () => {
    const auth = authWith();
    const { jar } = await signUp(auth, "verify-me@example.com");
    expect((await sessionOf(auth, jar))?.user.emailVerified).toBe(false);
    const message = await mail.waitFor("verify-me@example.com");
    expect(message.subject).toMatch(/Confirm your email/);
    const { response } = await follow(auth, message.links[0]!, jar);
    expect(response.status).toBe(302);
    expect((await sessionOf(auth, jar))?.user.emailVerified).toBe(true);
  });

  it("with EMAIL_VERIFICATION=required, refuses sign-in until the address is verified", async () => {
    const auth = authWith({ EMAIL_VERIFICATION: "required" });
    const { response: signedUp } = await signUp(auth, "strict@example.com");
    expect(signedUp.status).toBe(200);
    expect(signedUp.headers.getSetCookie().some((line) => line.includes("session_token=") && !/max-age=0/i.test(line))).toBe(false);
    const refused = await signIn(auth, "strict@example.com", "correct-horse");
    expect(refused.response.status).toBe(403);
    expect(((await refused.response.json()) as { code: string }).code).toBe("EMAIL_NOT_VERIFIED");

    const message = await mail.waitFor("strict@example.com");
    const { jar } = await follow(auth, message.links[0]!);
    expect((await sessionOf(auth, jar))?.user.emailVerified).toBe(true);
    expect((await signIn(auth, "strict@example.com", "correct-horse")).response.status).toBe(200);
  });

  it("refuses a verification link once it has expired", async () => {
    const auth = authWith();
    await signUp(auth, "late@example.com");
    const message = await mail.waitFor("late@example.com");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + (LINK_LIFETIMES.verification + 60) * 1000 });
    const { location } = await follow(auth, message.links[0]!);
    expect(location).toMatch(/error=token_expired/i);
  });
});

describe("password reset", () => {
  const resetLink = async (auth: Auth, email: string, index: number) => {
    const response = await call(auth, "/request-password-reset", { body: { email, redirectTo: "/reset-password" } });
    expect(response.status).toBe(200);
    const message = await mail.waitFor(email, index);
    expect(message.subject).toMatch(/Reset your password/);
    return message.links[0]!;
  };
  const tokenOf = async (auth: Auth, link: string) => {
    const { location } = await follow(auth, link);
    return new URL(location, "http://localhost").searchParams.get("token");
  };

  it("answers the same whether or not the email is registered", async () => {
    const auth = authWith();
    await signUp(auth, "known@example.com");
    const known = await call(auth, "/request-password-reset", { body: { email: "known@example.com", redirectTo: "/reset-password" } });
    const unknown = await call(auth, "/request-password-reset", { body: { email: "nobody@example.com", redirectTo: "/reset-password" } });
    expect(unknown.status).toBe(known.status);
    expect(await unknown.json()).toEqual(await known.json());
  });

  it("sets a new password once per link, refuses the old one and ends every other session", async () => {
    const auth = authWith();
    const { jar: laptop } = await signUp(auth, "forgetful@example.com", "old-password-1");
    const link = await resetLink(auth, "forgetful@example.com", 1);
    const token = await tokenOf(auth, link);
    expect(token).toBeTruthy();

    expect((await call(auth, "/reset-password", { body: { token, newPassword: "new-password-2" } })).status).toBe(200);
    expect((await signIn(auth, "forgetful@example.com", "old-password-1")).response.status).toBe(401);
    expect((await signIn(auth, "forgetful@example.com", "new-password-2")).response.status).toBe(200);
    expect(await sessionOf(auth, laptop)).toBeNull();

    const again = await call(auth, "/reset-password", { body: { token, newPassword: "third-password-3" } });
    expect(again.status).toBe(400);
    expect(await tokenOf(auth, link)).toBeNull();
  });

  it("refuses an expired link", async () => {
    const auth = authWith();
    await signUp(auth, "slow@example.com");
    const link = await resetLink(auth, "slow@example.com", 1);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + (LINK_LIFETIMES.resetPassword + 60) * 1000 });
    const { location } = await follow(auth, link);
    expect(location).toMatch(/error=INVALID_TOKEN/);
  });
});

describe("magic-link sign-in", () => {
  const requestLink = async (auth: Auth, email: string, index: number) => {
    const response = await call(auth, "/sign-in/magic-link", { body: { email, callbackURL: "/account" } });
    expect(response.status).toBe(200);
    return (await mail.waitFor(email, index)).links[0]!;
  };

  it("signs in once per link", async () => {
    const auth = authWith();
    await signUp(auth, "magic@example.com");
    const link = await requestLink(auth, "magic@example.com", 1);
    const first = await follow(auth, link);
    expect(new URL(first.location, "http://localhost").pathname).toBe("/account");
    expect((await sessionOf(auth, first.jar))?.user.email).toBe("magic@example.com");

    const second = await follow(auth, link);
    expect(second.location).toMatch(/error=/);
    expect(await sessionOf(auth, second.jar)).toBeNull();
  });

  it("refuses an expired link", async () => {
    const auth = authWith();
    await signUp(auth, "magic-late@example.com");
    const link = await requestLink(auth, "magic-late@example.com", 1);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + (LINK_LIFETIMES.magicLink + 60) * 1000 });
    const { location, jar } = await follow(auth, link);
    expect(location).toMatch(/error=/);
    expect(await sessionOf(auth, jar)).toBeNull();
  });

  it("creates no account for an unknown address", async () => {
    const auth = authWith();
    const link = await requestLink(auth, "stranger@example.com", 0);
    const { jar } = await follow(auth, link);
    expect(await sessionOf(auth, jar)).toBeNull();
  });
});

describe("changing password and email", () => {
  it("changes the password with the current one", async () => {
    const auth = authWith();
    const { jar } = await signUp(auth, "changer@example.com", "first-password");
    const wrong = await call(auth, "/change-password", { jar, body: { currentPassword: "not-it-at-all", newPassword: "second-password" } });
    expect(wrong.status).toBe(400);
    const right = await call(auth, "/change-password", { jar, body: { currentPassword: "first-password", newPassword: "second-password", revokeOtherSessions: true } });
    expect(right.status).toBe(200);
    expect((await signIn(auth, "changer@example.com", "second-password")).response.status).toBe(200);
  });

  it("changes the email only once the new address confirms it", async () => {
    const auth = authWith();
    const { jar } = await signUp(auth, "old-address@example.com");
    await follow(auth, (await mail.waitFor("old-address@example.com")).links[0]!, jar);
    const asked = await call(auth, "/change-email", { jar, body: { newEmail: "new-address@example.com", callbackURL: "/account" } });
    expect(asked.status).toBe(200);
    expect((await sessionOf(auth, jar))?.user.email).toBe("old-address@example.com");
    const message = await mail.waitFor("new-address@example.com");
    expect(message.subject).toMatch(/new email/);
    await follow(auth, message.links[0]!, jar);
    expect((await sessionOf(auth, jar))?.user).toMatchObject({ email: "new-address@example.com" });
  });
});
