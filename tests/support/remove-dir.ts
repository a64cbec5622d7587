import fs from "node:fs";

/**
 * Removes a test's data folder. The app may still be writing to it (an email
 * sent after the response lands in its outbox), so a removal that races a write
 * is retried rather than failing the suite.
 */
export function removeDir(dir: string) {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
}
