import "server-only";
import type { Database } from "@/db/client";
import { listAnswers, listProgress } from "@/db/queries/progress";
import { learnerOf, type Learner } from "@/lib/ai/learner";
import { getBook } from "@/lib/content";

/** What the tutor knows of the reader: their reading and their quiz answers, read from their own rows. */
export async function learnerRecord(db: Database, userId: string): Promise<Learner> {
  const [visits, answers] = await Promise.all([listProgress(db, userId), listAnswers(db, userId)]);
  return learnerOf(getBook(), visits, answers);
}
