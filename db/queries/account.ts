import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { conversations, messages, user, userBackground } from "../schema";

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
  const [background] = await db.select().from(userBackground).where(eq(userBackground.userId, userId));
  const convs = await db
    .select()
    .from(conversations)
    .where(eq(conversations.userId, userId))
    .orderBy(desc(conversations.updatedAt));
  const msgs = convs.length
    ? await db
        .select()
        .from(messages)
        .where(
          inArray(
            messages.conversationId,
            convs.map((c) => c.id),
          ),
        )
        .orderBy(asc(messages.createdAt))
    : [];
  return {
    exportedAt: new Date().toISOString(),
    profile,
    background: background ?? null,
    conversations: convs.map((c) => ({
      ...c,
      messages: msgs.filter((m) => m.conversationId === c.id),
    })),
  };
}
