import "server-only";
import { and, eq, gte, lt, notExists } from "drizzle-orm";
import type { Database } from "../client";
import { conversations, session, user } from "../schema";

/**
 * Deletes guest accounts with no activity since `idleSince`: not created or
 * changed, no session used, no conversation touched. What they owned goes with
 * them (the foreign keys cascade). Returns how many were deleted.
 */
export async function deleteIdleGuests(db: Database, idleSince: Date): Promise<number> {
  const deleted = await db
    .delete(user)
    .where(
      and(
        eq(user.isAnonymous, true),
        lt(user.updatedAt, idleSince),
        notExists(db.select({ id: session.id }).from(session).where(and(eq(session.userId, user.id), gte(session.updatedAt, idleSince)))),
        notExists(
          db
            .select({ id: conversations.id })
            .from(conversations)
            .where(and(eq(conversations.userId, user.id), gte(conversations.updatedAt, idleSince))),
        ),
      ),
    )
    .returning({ id: user.id });
  return deleted.length;
}
