import "server-only";
import { and, eq, gt } from "drizzle-orm";
import type { Database } from "../client";
import { session } from "../schema";

/** Whether the session still exists and has not expired: a primary-key lookup. */
export async function sessionIsLive(db: Database, sessionId: string): Promise<boolean> {
  const rows = await db
    .select({ id: session.id })
    .from(session)
    .where(and(eq(session.id, sessionId), gt(session.expiresAt, new Date())));
  return rows.length > 0;
}
