import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Env } from "./env";

/**
 * The secret that signs session cookies. Deployed production must set
 * BETTER_AUTH_SECRET (lib/env.ts enforces it); locally a random one is made on
 * first run and kept in the data folder so sessions survive restarts.
 */
export function authSecret(e: Env): string {
  if (e.BETTER_AUTH_SECRET) return e.BETTER_AUTH_SECRET;
  const file = path.resolve(e.DATA_DIR, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64");
    // "wx" fails if another process wrote it first; then theirs wins.
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
