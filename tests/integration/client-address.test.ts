import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { AUTH_RATE_LIMITS, createAuth } from "@/lib/auth";
import { parseEnv } from "@/lib/env";
import { request } from "../support/http";

// The attack: a new X-Forwarded-For on every guess, so that every guess looks
// like a new client to the per-address sign-in limit.
describe("the client address behind every per-address limit", () => {
  let dir: string;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "client-address-"));
    handle = createDatabase({ driver: "pglite", dataDir: path.join(dir, "pglite") });
    await migrateDatabase(handle);
  });

  afterAll(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const limit = AUTH_RATE_LIMITS["/sign-in/email"].max;

  function guesser(config: Record<string, string>) {
    const auth = createAuth(handle.db, parseEnv({ DATA_DIR: dir, ...config }));
    return (email: string, headers: Record<string, string>) => {
      const req = request("/api/auth/sign-in/email", { body: { email, password: "wrong-password" } });
      for (const [name, value] of Object.entries(headers)) req.headers.set(name, value);
      return auth.handler(req).then((response) => response.status);
    };
  }

  it("ignores X-Forwarded-For when no proxy is configured: 200 guesses with new addresses are limited", async () => {
    const guess = guesser({});
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      statuses.push(
        await guess(`nobody-${i}@example.com`, {
          "x-forwarded-for": `10.${i >> 8}.${i & 255}.7`,
          "x-textbook-client-address": `10.99.${i >> 8}.${i & 255}`,
        }),
      );
    }
    expect(statuses.filter((status) => status !== 429)).toHaveLength(limit);
    expect(statuses.slice(limit).every((status) => status === 429)).toBe(true);
  });

  it("on Vercel, counts by the platform's x-vercel-forwarded-for and ignores X-Forwarded-For", async () => {
    const guess = guesser({ VERCEL: "1" });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push(await guess(`v-${i}@example.com`, { "x-vercel-forwarded-for": "192.0.2.10", "x-forwarded-for": `10.1.0.${i}` }));
    }
    expect(statuses.filter((status) => status !== 429)).toHaveLength(limit);
    expect(await guess("v@example.com", { "x-vercel-forwarded-for": "192.0.2.11" })).toBe(401);
  });

  it("behind a configured proxy, takes the address the trusted hops appended, not what the client prepended", async () => {
    const guess = guesser({ TRUSTED_PROXY_HEADER: "X-Forwarded-For", TRUSTED_PROXY_HOPS: "2" });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push(await guess(`p-${i}@example.com`, { "x-forwarded-for": `10.2.0.${i}, 198.51.100.20, 10.0.0.1` }));
    }
    expect(statuses.filter((status) => status !== 429)).toHaveLength(limit);
    expect(await guess("p@example.com", { "x-forwarded-for": "198.51.100.21, 10.0.0.1" })).toBe(401);
  });
});
