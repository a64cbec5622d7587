import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { instructorInvite, user } from "../schema";

// Only a hash of each invite's token is stored: the database alone cannot redeem one.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new single-use invite; the token is returned once and never stored. */
export async function createInstructorInvite(db: Database, createdBy: string, expiresAt: Date): Promise<{ id: string; token: string }> {
  const token = randomBytes(24).toString("base64url");
  const id = crypto.randomUUID();
  await db.insert(instructorInvite).values({ id, tokenHash: hashToken(token), createdBy, expiresAt });
  return { id, token };
}

export async function listInstructorInvites(db: Database, limit = 20) {
  return db
    .select({
      id: instructorInvite.id,
      createdAt: instructorInvite.createdAt,
      expiresAt: instructorInvite.expiresAt,
      usedAt: instructorInvite.usedAt,
      usedByEmail: user.email,
    })
    .from(instructorInvite)
    .leftJoin(user, eq(user.id, instructorInvite.usedBy))
    .orderBy(desc(instructorInvite.createdAt))
    .limit(limit);
}

export type RedeemResult = "redeemed" | "invalid" | "already-instructor";

/**
 * Spends an unused, unexpired invite on `userId` and makes them an instructor, in one
 * transaction: two redemptions of one token cannot both succeed.
 */
export async function redeemInstructorInvite(db: Database, token: string, userId: string): Promise<RedeemResult> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ role: user.role }).from(user).where(eq(user.id, userId));
    if (current && current.role !== "student") return "already-instructor";
    const [spent] = await tx
      .update(instructorInvite)
      .set({ usedBy: userId, usedAt: new Date() })
      .where(and(eq(instructorInvite.tokenHash, hashToken(token)), isNull(instructorInvite.usedAt), gt(instructorInvite.expiresAt, new Date())))
      .returning({ id: instructorInvite.id });
    if (!spent) return "invalid";
    await tx.update(user).set({ role: "instructor" }).where(eq(user.id, userId));
    return "redeemed";
  });
}
