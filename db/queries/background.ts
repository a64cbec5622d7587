import "server-only";
import { eq } from "drizzle-orm";
import type { BackgroundInput } from "@/lib/background/schema";
import type { Database } from "../client";
import { userBackground } from "../schema";

export type Background = typeof userBackground.$inferSelect;

export async function getBackground(db: Database, userId: string): Promise<Background | null> {
  const [row] = await db.select().from(userBackground).where(eq(userBackground.userId, userId));
  return row ?? null;
}

/** Inserts or replaces the caller's answers; completed_at keeps the first completion. */
export async function saveBackground(
  db: Database,
  userId: string,
  input: BackgroundInput,
): Promise<Background> {
  const [row] = await db
    .insert(userBackground)
    .values({ userId, ...input })
    .onConflictDoUpdate({
      target: userBackground.userId,
      set: { ...input, updatedAt: new Date() },
    })
    .returning();
  return row!;
}
