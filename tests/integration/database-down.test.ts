import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createAuth } from "@/lib/auth";
import { parseEnv } from "@/lib/env";
import { CookieJar, request } from "../support/http";
import { removeDir } from "../support/remove-dir";

describe("auth with the database down", () => {
  let dir: string;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "database-down-"));
    handle = createDatabase({ driver: "pglite", dataDir: path.join(dir, "pglite") });
    await migrateDatabase(handle);
  });

  afterAll(() => removeDir(dir));

  it("answers 503 with a message, like the app's routes, never an empty 500", async () => {
    const auth = createAuth(handle.db, parseEnv({ DATA_DIR: dir }));
    const jar = new CookieJar();
    expect(jar.store(await auth.handler(request("/api/auth/sign-up/email", { body: { name: "D", email: "down@example.com", password: "correct-horse" } }))).status).toBe(200);
    await handle.close();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const req of [
      request("/api/auth/sign-in/email", { body: { email: "down@example.com", password: "correct-horse" } }),
      request("/api/auth/update-user", { body: { name: "New name" }, jar }),
      request("/api/auth/sign-in/anonymous", { body: {} }),
    ]) {
      const response = await auth.handler(req);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: string }).error).toMatch(/temporarily unavailable/);
    }
    logged.mockRestore();
  });
});
