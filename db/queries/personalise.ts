import "server-only";
import { and, eq, gte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { chapterPersonalisation, personalisationRun } from "../schema";

/** Which rewrite: the page's slug, language and version, and the reader's profile key. */
export type PersonalisationKey = { chapter: string; lang: string; digest: string; profile: string };

// The rewrites are shared by every reader with the same profile, so these take no user id: they hold nothing of one reader.
export async function getPersonalisation(db: Database, key: PersonalisationKey) {
  const [row] = await db
    .select({ body: chapterPersonalisation.body, originalParts: chapterPersonalisation.originalParts })
    .from(chapterPersonalisation)
    .where(
      and(
        eq(chapterPersonalisation.chapter, key.chapter),
        eq(chapterPersonalisation.lang, key.lang),
        eq(chapterPersonalisation.digest, key.digest),
        eq(chapterPersonalisation.profile, key.profile),
      ),
    );
  return row ?? null;
}

/** Keeps the first rewrite when two readers of one profile asked at once. */
export async function savePersonalisation(db: Database, key: PersonalisationKey, body: string, originalParts: number): Promise<void> {
  await db.insert(chapterPersonalisation).values({ ...key, body, originalParts }).onConflictDoNothing();
}

export async function recordPersonalisationRun(db: Database, userId: string, chapter: string): Promise<void> {
  await db.insert(personalisationRun).values({ id: crypto.randomUUID(), userId, chapter });
}

/** The reader's personalisations since `since`: how many, and when the first was. */
export async function personalisationsSince(db: Database, userId: string, since: Date) {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      oldest: sql<Date | null>`min(${personalisationRun.createdAt})`.mapWith(personalisationRun.createdAt),
    })
    .from(personalisationRun)
    .where(and(eq(personalisationRun.userId, userId), gte(personalisationRun.createdAt, since)));
  return { total: Number(row?.total ?? 0), oldest: row?.oldest ?? null };
}
