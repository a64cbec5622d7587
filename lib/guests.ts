import "server-only";
import type { Database } from "@/db/client";
import { moveConversations } from "@/db/queries/chat";
import { moveLearning } from "@/db/queries/progress";

/**
 * A guest who signs up keeps what they did as a guest. Auth calls this when an
 * anonymous account is linked to a real one; each feature that stores a guest's
 * data moves it here.
 */
export async function adoptGuestData(db: Database, guestId: string, userId: string): Promise<void> {
  await moveConversations(db, guestId, userId);
  await moveLearning(db, guestId, userId);
}
