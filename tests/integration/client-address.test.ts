import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { AUTH_RATE_LIMITS, SIGN_IN_PER_ACCOUNT, createAuth } from "@/lib/auth";
import { parseEnv } from "@/lib/env";
import { CookieJar, request } from "../support/http";
import { removeDir } from "../support/remove-dir";

let dir: string;
let handle: DatabaseHandle;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "client-address-"));
  handle = createDatabase({ driver: "pglite", dataDir: path.join(dir, "pglite") });
  await migrateDatabase(handle);
});

afterAll(async () => {
  await handle.close();
  removeDir(dir);
});

const perAddress = AUTH_RATE_LIMITS["/sign-in/email"].max;

function signInAs(config: Record<string, string>) {
  const auth = createAuth(handle.db, parseEnv({ DATA_DIR: dir, ...config }));
  return async (body: Record<string, string>, headers: Record<string, string> = {}) => {
    const req = request("/api/auth/sign-in/email", { body });
    for (const [name, value] of Object.entries(headers)) req.headers.set(name, value);
    return auth.handler(req);
  };
}

// The attack: a new X-Forwarded-For on every guess, so that every guess looks
// like a new client to the per-address sign-in limit. The limit counts a request
// before its body is read, so guesses that are not even email addresses (a cheap
// 400, no password hashing) stand in for real ones.
describe("the client address behind every per-address limit", () => {
  const guesses = async (count: number, headers: (i: number) => Record<string, string>, config: Record<string, string>) => {
    const signIn = signInAs(config);
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) statuses.push((await signIn({ email: `guess-${i}`, password: "wrong-password" }, headers(i))).status);
    return { statuses, signIn };
  };

  it("ignores X-Forwarded-For when no proxy is configured: 200 guesses with new addresses are limited", async () => {
    const { statuses } = await guesses(
      200,
      (i) => ({ "x-forwarded-for": `10.${i >> 8}.${i & 255}.7`, "x-textbook-client-address": `10.99.${i >> 8}.${i & 255}` }),
      {},
    );
    expect(statuses.filter((status) => status !== 429)).toHaveLength(perAddress);
    expect(statuses.slice(perAddress).every((status) => status === 429)).toBe(true);
  });

  it("on Vercel, counts by the platform's x-vercel-forwarded-for and ignores X-Forwarded-For", async () => {
    const { statuses, signIn } = await guesses(
      perAddress + 10,
      (i) => ({ "x-vercel-forwarded-for": "192.0.2.10", "x-forwarded-for": `10.1.0.${i}` }),
      { VERCEL: "1" },
    );
    expect(statuses.filter((status) => status !== 429)).toHaveLength(perAddress);
    expect((await signIn({ email: "another", password: "x" }, { "x-vercel-forwarded-for": "192.0.2.11" })).status).toBe(400);
  });

  it("behind a configured proxy, takes the address the trusted hops appended, not what the client prepended", async () => {
    const { statuses, signIn } = await guesses(
      perAddress + 10,
      (i) => ({ "x-forwarded-for": `10.2.0.${i}, 198.51.100.20, 10.0.0.1` }),
      { TRUSTED_PROXY_HEADER: "X-Forwarded-For", TRUSTED_PROXY_HOPS: "2" },
    );
    expect(statuses.filter((status) => status !== 429)).toHaveLength(perAddress);
    expect((await signIn({ email: "another", password: "x" }, { "x-forwarded-for": "198.51.100.21, 10.0.0.1" })).status).toBe(400);
  });
});

describe("the sign-in limit per account", () => {
  it("stops guesses at one account from any address, while others behind the same address still sign in", async () => {
    const config = { TRUSTED_PROXY_HEADER: "x-forwarded-for" };
    const auth = createAuth(handle.db, parseEnv({ DATA_DIR: dir, ...config }));
    for (const email of ["target@example.com", "classmate@example.com"]) {
      const response = await auth.handler(request("/api/auth/sign-up/email", { body: { name: "S", email, password: "correct-horse" }, ip: "198.51.100.40" }));
      expect(response.status).toBe(200);
    }
    const signIn = signInAs(config);
    const school = { "x-forwarded-for": "198.51.100.40" };

    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.max; i++) {
      statuses.push((await signIn({ email: "target@example.com", password: `guess-${i}` }, school)).status);
    }
    expect(statuses.every((status) => status === 401)).toBe(true);

    // The attacker's next guesses, even the right password, even from a new address, are refused.
    const locked = await signIn({ email: "Target@Example.com", password: "correct-horse" }, { "x-forwarded-for": "203.0.113.77" });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect((await signIn({ email: "target@example.com", password: "correct-horse" }, school)).status).toBe(429);

    // A classmate at the same address signs in.
    const jar = new CookieJar();
    const classmate = jar.store(await signIn({ email: "classmate@example.com", password: "correct-horse" }, school));
    expect(classmate.status).toBe(200);
  });

  it("never limits reading one's own session, even when every reader shares one address", async () => {
    const auth = createAuth(handle.db, parseEnv({ DATA_DIR: dir }));
    const statuses: number[] = [];
    for (let i = 0; i < 150; i++) statuses.push((await auth.handler(new Request("http://localhost:3000/api/auth/get-session"))).status);
    expect(statuses.filter((status) => status === 429)).toEqual([]);
  });
});
