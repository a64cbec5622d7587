import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { conversations, messages, user } from "../schema";
import { getBackground } from "./background";
import { listAnswers, listProgress } from "./progress";

/** Everything the app stores about one user, for "export my data". */
export async function exportUserData(db: Database, userId: string) {
  const [profile] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      createdAt: user.createdAt,
    })
    .from(user)
    .where(eq(user.id, userId));
  if (!profile) return null;
  const [background, progress, answers, convs, msgs] = await Promise.all([
    getBackground(db, userId),
    listProgress(db, userId),
    listAnswers(db, userId),
    db.select().from(conversations).where(eq(conversations.userId, userId)).orderBy(desc(conversations.updatedAt)),
    db
      .select({ message: messages })
      .from(messages)
      .innerJoin(conversations, eq(messages.conversationId, conversations.id))
      .where(eq(conversations.userId, userId))
      .orderBy(asc(messages.createdAt)),
  ]);
  const byConversation = new Map<string, (typeof msgs)[number]["message"][]>();
  for (const { message } of msgs) {
    const list = byConversation.get(message.conversationId);
    if (list) list.push(message);
    else byConversation.set(message.conversationId, [message]);
  }
  return {
    exportedAt: new Date().toISOString(),
    profile,
    background,
    progress,
    quizAnswers: answers,
    conversations: convs.map((c) => ({ ...c, messages: byConversation.get(c.id) ?? [] })),
  };
}
