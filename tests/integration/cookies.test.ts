import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createAuth } from "@/lib/auth";
import { parseEnv } from "@/lib/env";
import { request } from "../support/http";
import { removeDir } from "../support/remove-dir";

describe("session cookies", () => {
  let dir: string;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cookies-"));
    handle = createDatabase({ driver: "pglite", dataDir: path.join(dir, "pglite") });
    await migrateDatabase(handle);
  });

  afterAll(async () => {
    await handle.close();
    removeDir(dir);
  });

  async function sessionCookie(nodeEnv: "production" | "development", email: string) {
    const auth = createAuth(handle.db, parseEnv({ NODE_ENV: nodeEnv, DATA_DIR: dir }));
    const response = await auth.handler(
      request("/api/auth/sign-up/email", { body: { name: "C", email, password: "correct-horse" } }),
    );
    expect(response.status).toBe(200);
    return response.headers.getSetCookie().find((line) => line.includes("session_token="))!;
  }

  it("are httpOnly and Secure in production", async () => {
    const cookie = await sessionCookie("production", "prod@example.com");
    expect(cookie).toMatch(/^__Secure-/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Secure/i);
  });

  it("are httpOnly but not Secure on a local http server", async () => {
    const cookie = await sessionCookie("development", "dev@example.com");
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).not.toMatch(/; Secure/i);
  });
});
