import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createAuth, type Auth } from "@/lib/auth";
import { parseEnv } from "@/lib/env";
import { CookieJar, request } from "../support/http";
import { startMailServer, type MailServer } from "../support/mail-server";
import { removeDir } from "../support/remove-dir";

let dir: string;
let handle: DatabaseHandle;
let mail: MailServer;
let auth: Auth;
let ip = 0;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "two-factor-"));
  handle = createDatabase({ driver: "pglite", dataDir: path.join(dir, "pglite") });
  await migrateDatabase(handle);
  mail = await startMailServer();
  auth = createAuth(handle.db, parseEnv({ NODE_ENV: "test", DATA_DIR: dir, SMTP_URL: mail.url, TRUSTED_PROXY_HEADER: "x-forwarded-for" }));
});

afterAll(async () => {
  await mail.close();
  await handle.close();
  removeDir(dir);
});

const call = (route: string, init: { body?: unknown; jar?: CookieJar } = {}) =>
  auth.handler(request(`/api/auth${route}`, { ...init, ip: `198.51.100.${ip++ % 250}` })).then((r) => (init.jar ? init.jar.store(r) : r));

const PASSWORD = "correct-horse";

/** An account with two-factor on; returns its TOTP generator and backup codes. */
async function withTwoFactor(email: string) {
  const jar = new CookieJar();
  await call("/sign-up/email", { body: { name: "Careful", email, password: PASSWORD }, jar });
  const enabled = await call("/two-factor/enable", { body: { password: PASSWORD }, jar });
  expect(enabled.status).toBe(200);
  const { totpURI, backupCodes } = (await enabled.json()) as { totpURI: string; backupCodes: string[] };
  const totp = new TOTP({ secret: new URL(totpURI).searchParams.get("secret")! });
  // Not on until a first code proves the app has the secret.
  expect(((await (await call("/get-session", { jar })).json()) as { user: { twoFactorEnabled: boolean } }).user.twoFactorEnabled).toBe(false);
  expect((await call("/two-factor/verify-totp", { body: { code: totp.generate() }, jar })).status).toBe(200);
  expect(((await (await call("/get-session", { jar })).json()) as { user: { twoFactorEnabled: boolean } }).user.twoFactorEnabled).toBe(true);
  return { totp, backupCodes, jar };
}

async function passwordStep(email: string, jar = new CookieJar()) {
  const response = await call("/sign-in/email", { body: { email, password: PASSWORD }, jar });
  expect(response.status).toBe(200);
  return { body: (await response.json()) as { twoFactorRedirect?: boolean; token?: string }, jar };
}

const signedIn = async (jar: CookieJar) => Boolean(await (await call("/get-session", { jar })).json());

describe("two-factor authentication", () => {
  it("asks for a code after the password, and a right code signs in", async () => {
    const { totp } = await withTwoFactor("totp@example.com");
    const { body, jar } = await passwordStep("totp@example.com");
    expect(body.twoFactorRedirect).toBe(true);
    expect(await signedIn(jar)).toBe(false);
    expect((await call("/two-factor/verify-totp", { body: { code: "000000" }, jar })).status).toBe(401);
    expect((await call("/two-factor/verify-totp", { body: { code: totp.generate() }, jar })).status).toBe(200);
    expect(await signedIn(jar)).toBe(true);
  });

  it("a backup code works once", async () => {
    const { backupCodes } = await withTwoFactor("backup@example.com");
    const first = await passwordStep("backup@example.com");
    expect((await call("/two-factor/verify-backup-code", { body: { code: backupCodes[0] }, jar: first.jar })).status).toBe(200);
    expect(await signedIn(first.jar)).toBe(true);
    const second = await passwordStep("backup@example.com");
    expect((await call("/two-factor/verify-backup-code", { body: { code: backupCodes[0] }, jar: second.jar })).status).toBe(401);
    expect(await signedIn(second.jar)).toBe(false);
  });

  it("a trusted device skips the code next time; another device does not", async () => {
    const { totp } = await withTwoFactor("trusted@example.com");
    const device = new CookieJar();
    await passwordStep("trusted@example.com", device);
    expect((await call("/two-factor/verify-totp", { body: { code: totp.generate(), trustDevice: true }, jar: device })).status).toBe(200);
    await call("/sign-out", { body: {}, jar: device });
    expect((await passwordStep("trusted@example.com", device)).body.twoFactorRedirect).toBeUndefined();
    expect(await signedIn(device)).toBe(true);
    expect((await passwordStep("trusted@example.com")).body.twoFactorRedirect).toBe(true);
  });

  it("is turned off only with the password", async () => {
    const { jar } = await withTwoFactor("off@example.com");
    expect((await call("/two-factor/disable", { body: { password: "not-the-password" }, jar })).status).toBe(400);
    expect((await call("/two-factor/disable", { body: { password: PASSWORD }, jar })).status).toBe(200);
    expect((await passwordStep("off@example.com")).body.twoFactorRedirect).toBeUndefined();
  });

  it("a sign-in link does not get past two-factor", async () => {
    await withTwoFactor("linked@example.com");
    await call("/sign-in/magic-link", { body: { email: "linked@example.com", callbackURL: "/" } });
    const link = new URL((await mail.waitFor("linked@example.com", 1)).links[0]!);
    const jar = new CookieJar();
    const response = await call(link.pathname.replace(/^\/api\/auth/, "") + link.search, { jar });
    expect(response.headers.get("location")).toMatch(/\/sign-in\?link=two-factor$/);
    expect(await signedIn(jar)).toBe(false);
  });
});

describe("passkeys", () => {
  it("are listed, registered and deleted only with a session", async () => {
    expect((await call("/passkey/list-user-passkeys")).status).toBe(401);
    expect((await call("/passkey/generate-register-options")).status).toBe(401);
    expect((await call("/passkey/delete-passkey", { body: { id: "x" } })).status).toBe(401);
  });

  it("offer registration options bound to the site to a signed-in account, with no passkey yet", async () => {
    const jar = new CookieJar();
    await call("/sign-up/email", { body: { name: "Keys", email: "keys@example.com", password: PASSWORD }, jar });
    expect(await (await call("/passkey/list-user-passkeys", { jar })).json()).toEqual([]);
    const options = (await (await call("/passkey/generate-register-options", { jar })).json()) as { rp: { id: string; name: string }; challenge: string };
    expect(options.rp).toEqual({ id: "localhost", name: "Physical AI Textbook" });
    expect(options.challenge).toBeTruthy();
  });
});
