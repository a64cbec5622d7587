// What a reader's progress looks like to the pages that show it. Plain data, shared by the server
// (which computes it) and the browser (which keeps a signed-out reader's own copy).

export type ChapterStatus = {
  chapter: string;
  read: boolean;
  furthestSection: string | null;
  /** 1 + the furthest section's index on the page; the number of sections once read to the end. */
  sectionIndex: number;
  lastVisitAt: string | null;
  /** Quizzes in the chapter, answered by the reader, and answered right the first time. */
  quizzes: number;
  answered: number;
  rightFirstTime: number;
};

export type ProgressSummary = {
  chapters: Record<string, ChapterStatus>;
  /** Review items due now. */
  due: number;
};

/** A chapter's quiz score: the share of its quizzes answered right the first time, or null before any answer. */
export function quizScore(status: Pick<ChapterStatus, "quizzes" | "answered" | "rightFirstTime">): number | null {
  if (status.answered === 0 || status.quizzes === 0) return null;
  return status.rightFirstTime / status.quizzes;
}

export const formatScore = (score: number | null) => (score === null ? "—" : `${Math.round(score * 100)} %`);
