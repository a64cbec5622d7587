import "server-only";
import { and, asc, count, eq, isNotNull, lte } from "drizzle-orm";
import type { ReviewState } from "@/lib/learning/leitner";
import type { Database } from "../client";
import { quizAnswer } from "../schema";

export type DueItem = { quizId: string; chapter: string; box: number; dueAt: Date };

/** The caller's review items due by `now`, the longest-waiting first. */
export function listDueReviews(db: Database, userId: string, now: Date): Promise<DueItem[]> {
  return db
    .select({ quizId: quizAnswer.quizId, chapter: quizAnswer.chapter, box: quizAnswer.reviewBox, dueAt: quizAnswer.reviewDueAt })
    .from(quizAnswer)
    .where(and(eq(quizAnswer.userId, userId), isNotNull(quizAnswer.reviewBox), lte(quizAnswer.reviewDueAt, now)))
    .orderBy(asc(quizAnswer.reviewDueAt)) as Promise<DueItem[]>;
}

export async function countDueReviews(db: Database, userId: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ due: count() })
    .from(quizAnswer)
    .where(and(eq(quizAnswer.userId, userId), isNotNull(quizAnswer.reviewBox), lte(quizAnswer.reviewDueAt, now)));
  return row?.due ?? 0;
}

/** The caller's schedule for one item, or undefined when the item is not in their review. */
export async function reviewStateOf(db: Database, userId: string, quizId: string): Promise<ReviewState | undefined> {
  const [row] = await db
    .select({ box: quizAnswer.reviewBox, dueAt: quizAnswer.reviewDueAt })
    .from(quizAnswer)
    .where(and(eq(quizAnswer.userId, userId), eq(quizAnswer.quizId, quizId), isNotNull(quizAnswer.reviewBox)));
  return row ? { box: row.box!, dueAt: row.dueAt! } : undefined;
}

/** Stores a review answer as the item's latest answer and its next place in the schedule (null: learnt). */
export async function saveReview(db: Database, userId: string, quizId: string, answer: { choice: number; correct: boolean }, next: ReviewState) {
  await db
    .update(quizAnswer)
    .set({ latestChoice: answer.choice, latestCorrect: answer.correct, reviewBox: next?.box ?? null, reviewDueAt: next?.dueAt ?? null, updatedAt: new Date() })
    .where(and(eq(quizAnswer.userId, userId), eq(quizAnswer.quizId, quizId)));
}
