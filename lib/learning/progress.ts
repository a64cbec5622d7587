import "server-only";
import type { Database } from "@/db/client";
import { listAnswers, listProgress } from "@/db/queries/progress";
import { countDueReviews } from "@/db/queries/review";
import type { Book } from "@/lib/content";
import { quizIndex } from "@/lib/content/quizzes";
import type { ChapterStatus, ProgressSummary } from "./summary";

/** A reader's progress in every page of the book, from their stored visits and answers. */
export async function progressSummary(db: Database, book: Book, userId: string): Promise<ProgressSummary> {
  const [visits, answers, due] = await Promise.all([listProgress(db, userId), listAnswers(db, userId), countDueReviews(db, userId, new Date())]);
  const quizzes = quizIndex(book);
  const chapters: Record<string, ChapterStatus> = {};
  for (const page of book.pages) {
    chapters[page.slug] = { chapter: page.slug, read: false, furthestSection: null, sectionIndex: 0, lastVisitAt: null, quizzes: 0, answered: 0, rightFirstTime: 0 };
  }
  for (const quiz of quizzes.values()) {
    const status = chapters[quiz.chapter];
    if (status) status.quizzes++;
  }
  for (const visit of visits) {
    const status = chapters[visit.chapter];
    if (!status) continue;
    status.read = visit.readAt !== null;
    status.furthestSection = visit.furthestSection;
    status.sectionIndex = visit.furthestIndex;
    status.lastVisitAt = visit.lastVisitAt.toISOString();
  }
  for (const answer of answers) {
    // An answer to a quiz the book no longer has counts for nothing.
    const status = quizzes.has(answer.quizId) ? chapters[answer.chapter] : undefined;
    if (!status) continue;
    status.answered++;
    if (answer.firstCorrect) status.rightFirstTime++;
  }
  return { chapters, due };
}
