import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth-secret";
import { parseEnv } from "@/lib/env";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("auth secret", () => {
  it("generates one secret locally and keeps it across restarts", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-"));
    dirs.push(dir);
    const env = parseEnv({ DATA_DIR: dir });
    const first = authSecret(env);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret(env)).toBe(first);
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
  });

  it("uses BETTER_AUTH_SECRET when set", () => {
    const secret = "x".repeat(40);
    expect(authSecret(parseEnv({ BETTER_AUTH_SECRET: secret, DATA_DIR: "/nonexistent" }))).toBe(secret);
  });
});
