import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { rateLimit } from "../schema";

/**
 * Counts one attempt against `key` in a fixed window, in one statement so that
 * concurrent attempts on any server instance are all counted. Rows share
 * Better-Auth's rate-limit table, which also clears them out when they expire.
 */
export async function consumeAttempt(
  db: Database,
  key: string,
  rule: { window: number; max: number },
): Promise<{ allowed: boolean; retryAfter: number }> {
  const now = Date.now();
  const windowMs = rule.window * 1000;
  const expired = sql`${rateLimit.lastRequest} <= ${now - windowMs}::bigint`;
  const [row] = await db
    .insert(rateLimit)
    .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: now })
    .onConflictDoUpdate({
      target: rateLimit.key,
      // last_request holds when the window started.
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimit.count} + 1 end`,
        lastRequest: sql`case when ${expired} then ${now}::bigint else ${rateLimit.lastRequest} end`,
      },
    })
    .returning({ count: rateLimit.count, lastRequest: rateLimit.lastRequest });
  const retryAfter = Math.max(1, Math.ceil((Number(row!.lastRequest) + windowMs - now) / 1000));
  return { allowed: row!.count <= rule.max, retryAfter };
}
