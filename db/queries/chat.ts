import "server-only";
import { and, desc, eq, exists, gte, lt, or, sql } from "drizzle-orm";
import type { Feedback, Source } from "@/lib/ai/tutor-message";
import type { Database } from "../client";
import { conversations, messages } from "../schema";

export type Conversation = typeof conversations.$inferSelect;
export type StoredMessage = typeof messages.$inferSelect;

const PAGE_SIZE = 20;
const HOUR = 60 * 60 * 1000;

/** Newest first; `cursor` is the last row of the previous page. */
export async function listConversations(db: Database, userId: string, cursor?: { updatedAt: Date; id: string }) {
  const rows = await db
    .select({ id: conversations.id, title: conversations.title, updatedAt: conversations.updatedAt })
    .from(conversations)
    .where(
      and(
        eq(conversations.userId, userId),
        cursor
          ? or(lt(conversations.updatedAt, cursor.updatedAt), and(eq(conversations.updatedAt, cursor.updatedAt), lt(conversations.id, cursor.id)))
          : undefined,
      ),
    )
    .orderBy(desc(conversations.updatedAt), desc(conversations.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return { conversations: page, nextCursor: rows.length > PAGE_SIZE && last ? { updatedAt: last.updatedAt, id: last.id } : null };
}

export async function renameConversation(db: Database, userId: string, id: string, title: string): Promise<boolean> {
  const rows = await db
    .update(conversations)
    .set({ title, updatedAt: new Date() })
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .returning({ id: conversations.id });
  return rows.length > 0;
}

export async function deleteConversation(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(conversations)
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .returning({ id: conversations.id });
  return rows.length > 0;
}

/**
 * The latest `limit` messages of the caller's conversation, oldest first; null
 * when it does not exist or is someone else's. One query answers both.
 */
export async function getHistory(
  db: Database,
  userId: string,
  conversationId: string,
  limit?: number,
): Promise<StoredMessage[] | null> {
  const query = db
    .select({ message: messages })
    .from(conversations)
    .leftJoin(messages, eq(messages.conversationId, conversations.id))
    .where(and(eq(conversations.id, conversationId), eq(conversations.userId, userId)))
    .orderBy(desc(messages.createdAt), desc(messages.id));
  const rows = await (limit ? query.limit(limit) : query);
  if (rows.length === 0) return null;
  return rows.flatMap((row) => (row.message ? [row.message] : [])).reverse();
}

/**
 * Starts a conversation with its first question in one statement, so both rows
 * are written or neither is; null if the message id is already taken.
 */
export async function startConversation(
  db: Database,
  userId: string,
  title: string,
  first: { id: string; parts: unknown },
): Promise<Conversation | null> {
  const id = crypto.randomUUID();
  const created = db.$with("created").as(db.insert(conversations).values({ id, userId, title }).returning());
  const question = db
    .$with("question")
    .as(db.insert(messages).values({ id: first.id, conversationId: id, role: "user", parts: first.parts }).returning({ id: messages.id }));
  try {
    const [conversation] = await db.with(created, question).select().from(created);
    return conversation ?? null;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Postgres' unique_violation, whichever driver (and drizzle's wrapper) carries it. */
function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * Saves a message and touches its conversation. A repeated id in the same
 * conversation (a retry) is saved once but counted as asked again; returns
 * false if the id belongs to another conversation. One statement, so it commits
 * or fails whole without a transaction's extra round trips (this sits on the
 * path before every answer).
 */
export async function saveMessage(
  db: Database,
  message: { id: string; conversationId: string; role: "user" | "assistant"; parts: unknown; sources?: Source[]; status?: "complete" | "interrupted" },
): Promise<boolean> {
  const hourAgo = new Date(Date.now() - HOUR).toISOString();
  const saved = db.$with("saved").as(
    db
      .insert(messages)
      .values({ ...message, sources: message.sources ?? [], status: message.status ?? "complete" })
      .onConflictDoUpdate({
        target: messages.id,
        set: {
          retries: sql`case when ${messages.retriedAt} >= ${hourAgo}::timestamptz then ${messages.retries} + 1 else 1 end`,
          retriedAt: sql`now()`,
        },
        // Only a retry into the same conversation; an id from another is refused.
        setWhere: sql`${messages.conversationId} = excluded.conversation_id`,
      })
      .returning({ id: messages.id }),
  );
  const touched = await db
    .with(saved)
    .update(conversations)
    .set({ updatedAt: new Date() })
    .where(and(eq(conversations.id, message.conversationId), exists(db.select().from(saved))))
    .returning({ id: conversations.id });
  return touched.length > 0;
}

/**
 * How many questions the user asked since `since`, retries included, and when
 * the oldest of them was asked.
 */
export async function questionsSince(db: Database, userId: string, since: Date) {
  const asked = sql`${messages.createdAt} >= ${since.toISOString()}::timestamptz`;
  const retried = sql`${messages.retriedAt} >= ${since.toISOString()}::timestamptz`;
  const [row] = await db
    .select({
      total: sql<number>`(count(*) filter (where ${asked}) + coalesce(sum(${messages.retries}) filter (where ${retried}), 0))::int`,
      oldest: sql<Date | null>`least(min(${messages.createdAt}) filter (where ${asked}), min(${messages.retriedAt}) filter (where ${retried}))`.mapWith(
        messages.createdAt,
      ),
    })
    .from(messages)
    .innerJoin(conversations, eq(messages.conversationId, conversations.id))
    .where(and(eq(conversations.userId, userId), eq(messages.role, "user"), or(gte(messages.createdAt, since), gte(messages.retriedAt, since))));
  return { total: Number(row?.total ?? 0), oldest: row?.oldest ?? null };
}

/**
 * Runs `save` in a transaction that first takes a lock held by this user's
 * questions only, so that counting a user's questions and saving a new one
 * happen one question at a time: concurrent questions cannot all count the same
 * total and slip under the limit together.
 */
export async function oneQuestionAtATime<T>(db: Database, userId: string, save: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`questions:${userId}`}, 0))`);
    return save(tx as unknown as Database);
  });
}

/** A guest who signs up keeps their conversations. */
export async function moveConversations(db: Database, fromUserId: string, toUserId: string): Promise<void> {
  // Moving is not activity: updated_at (which orders the history) stays as it was.
  await db
    .update(conversations)
    .set({ userId: toUserId, updatedAt: sql`${conversations.updatedAt}` })
    .where(eq(conversations.userId, fromUserId));
}

/**
 * Records the caller's verdict on one of their tutor's answers (null clears
 * it); false when the message is not an answer in one of their conversations.
 */
export async function setFeedback(db: Database, userId: string, messageId: string, feedback: Feedback | null): Promise<boolean> {
  const rows = await db
    .update(messages)
    .set({ feedbackRating: feedback?.rating ?? null, feedbackNote: feedback?.note ?? null, feedbackAt: feedback ? new Date() : null })
    .where(
      and(
        eq(messages.id, messageId),
        eq(messages.role, "assistant"),
        exists(db.select().from(conversations).where(and(eq(conversations.id, messages.conversationId), eq(conversations.userId, userId)))),
      ),
    )
    .returning({ id: messages.id });
  return rows.length > 0;
}
