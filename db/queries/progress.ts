import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { missed } from "@/lib/learning/leitner";
import type { Database } from "../client";
import { chapterProgress, quizAnswer } from "../schema";

export type ChapterProgressRow = typeof chapterProgress.$inferSelect;
export type QuizAnswerRow = typeof quizAnswer.$inferSelect;

export type ProgressEvent = { chapter: string; section: string | null; sectionIndex: number; read: boolean };

/**
 * Records a visit to a chapter: the section reached counts only when it is further than before,
 * and a chapter once read stays read. One statement, so concurrent events cannot undo each other.
 */
export async function recordProgress(db: Database, userId: string, event: ProgressEvent): Promise<void> {
  const now = new Date();
  await db
    .insert(chapterProgress)
    .values({
      userId,
      chapter: event.chapter,
      furthestSection: event.section,
      furthestIndex: event.sectionIndex,
      readAt: event.read ? now : null,
      lastVisitAt: now,
    })
    .onConflictDoUpdate({
      target: [chapterProgress.userId, chapterProgress.chapter],
      set: {
        furthestSection: sql`case when excluded.furthest_index > ${chapterProgress.furthestIndex} then excluded.furthest_section else ${chapterProgress.furthestSection} end`,
        furthestIndex: sql`greatest(excluded.furthest_index, ${chapterProgress.furthestIndex})`,
        readAt: sql`coalesce(${chapterProgress.readAt}, excluded.read_at)`,
        lastVisitAt: now,
      },
    });
}

/** The reader's progress in every chapter they visited, latest visit first. */
export function listProgress(db: Database, userId: string): Promise<ChapterProgressRow[]> {
  return db.select().from(chapterProgress).where(eq(chapterProgress.userId, userId)).orderBy(desc(chapterProgress.lastVisitAt));
}

/** The reader's answers, every chapter or one. */
export function listAnswers(db: Database, userId: string, chapter?: string): Promise<QuizAnswerRow[]> {
  return db
    .select()
    .from(quizAnswer)
    .where(chapter ? and(eq(quizAnswer.userId, userId), eq(quizAnswer.chapter, chapter)) : eq(quizAnswer.userId, userId));
}

/** Stores an answer: the first attempt is kept as it was, the latest replaced. */
export async function recordAnswer(
  db: Database,
  userId: string,
  answer: { quizId: string; chapter: string; choice: number; correct: boolean },
): Promise<QuizAnswerRow> {
  const missedNow = answer.correct ? null : missed(new Date());
  const [row] = await db
    .insert(quizAnswer)
    .values({
      userId,
      quizId: answer.quizId,
      chapter: answer.chapter,
      firstChoice: answer.choice,
      firstCorrect: answer.correct,
      latestChoice: answer.choice,
      latestCorrect: answer.correct,
      ...(missedNow && { reviewBox: missedNow.box, reviewDueAt: missedNow.dueAt }),
    })
    .onConflictDoUpdate({
      target: [quizAnswer.userId, quizAnswer.quizId],
      set: {
        latestChoice: answer.choice,
        latestCorrect: answer.correct,
        attempts: sql`${quizAnswer.attempts} + 1`,
        // A miss anywhere sends the item back to the start of the review.
        ...(missedNow && { reviewBox: missedNow.box, reviewDueAt: missedNow.dueAt }),
        updatedAt: new Date(),
      },
    })
    .returning();
  return row!;
}

/**
 * A guest's progress and answers go to the account they sign up with. Where the account already has
 * a row for the same chapter or quiz (signed in elsewhere), the account's own row wins.
 */
export async function moveLearning(db: Database, fromUserId: string, toUserId: string): Promise<void> {
  await db.execute(sql`
    insert into chapter_progress (user_id, chapter, furthest_section, furthest_index, read_at, last_visit_at)
    select ${toUserId}, chapter, furthest_section, furthest_index, read_at, last_visit_at from chapter_progress where user_id = ${fromUserId}
    on conflict (user_id, chapter) do update set
      furthest_section = case when excluded.furthest_index > chapter_progress.furthest_index then excluded.furthest_section else chapter_progress.furthest_section end,
      furthest_index = greatest(excluded.furthest_index, chapter_progress.furthest_index),
      read_at = coalesce(chapter_progress.read_at, excluded.read_at),
      last_visit_at = greatest(excluded.last_visit_at, chapter_progress.last_visit_at)`);
  await db.execute(sql`
    insert into quiz_answer (user_id, quiz_id, chapter, first_choice, first_correct, latest_choice, latest_correct, attempts, review_box, review_due_at, created_at, updated_at)
    select ${toUserId}, quiz_id, chapter, first_choice, first_correct, latest_choice, latest_correct, attempts, review_box, review_due_at, created_at, updated_at from quiz_answer where user_id = ${fromUserId}
    on conflict (user_id, quiz_id) do nothing`);
  await db.delete(chapterProgress).where(eq(chapterProgress.userId, fromUserId));
  await db.delete(quizAnswer).where(eq(quizAnswer.userId, fromUserId));
}
