import "server-only";
import { desc, eq, inArray, max } from "drizzle-orm";
import type { Database } from "../client";
import { adminAudit, session, user } from "../schema";

export type AuditEntry = {
  actorId: string | null;
  actorEmail: string;
  action: string;
  targetId: string | null;
  targetEmail: string | null;
  detail: string | null;
};

/** Writes one line of the admin audit: who did what to whom (when is the row's time). */
export async function recordAdminAction(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(adminAudit).values({ id: crypto.randomUUID(), ...entry });
}

/** The newest audit lines, newest first. */
export async function listAuditEntries(db: Database, limit = 50) {
  return db.select().from(adminAudit).orderBy(desc(adminAudit.createdAt)).limit(limit);
}

/** When each of `userIds` last used a session (a session row is touched as it is refreshed). */
export async function lastActiveByUser(db: Database, userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: session.userId, lastActive: max(session.updatedAt) })
    .from(session)
    .where(inArray(session.userId, userIds))
    .groupBy(session.userId);
  return new Map(rows.flatMap((row) => (row.lastActive ? [[row.userId, new Date(row.lastActive)] as const] : [])));
}

/** The role, confirmation and ban of one user as the database has them now (never a cached copy). */
export async function currentAccess(db: Database, userId: string) {
  const [row] = await db
    .select({
      role: user.role,
      emailVerified: user.emailVerified,
      banned: user.banned,
      email: user.email,
      isAnonymous: user.isAnonymous,
      twoFactorEnabled: user.twoFactorEnabled,
    })
    .from(user)
    .where(eq(user.id, userId));
  return row ?? null;
}

export async function userEmail(db: Database, userId: string): Promise<string | null> {
  const [row] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
  return row?.email ?? null;
}

/** Makes the account with `email` an admin; false when there is no such account. */
export async function grantAdminByEmail(db: Database, email: string): Promise<{ id: string } | null> {
  const [row] = await db.update(user).set({ role: "admin" }).where(eq(user.email, email.trim().toLowerCase())).returning({ id: user.id });
  return row ?? null;
}
