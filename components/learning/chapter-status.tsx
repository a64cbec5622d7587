"use client";

import { IntentLink } from "@/components/site/intent-link";
import { formatScore, quizScore } from "@/lib/learning/summary";
import { recordVisit, useProgress } from "./progress-store";

/** The chapter header's line: read or not (with "Mark as read"), and the chapter's quiz score. */
export function ChapterStatus({ chapter, sections, quizzes }: { chapter: string; sections: string[]; quizzes: number }) {
  const { mode, chapters } = useProgress();
  const mark = chapters[chapter];
  const score = mark ? quizScore({ quizzes, answered: mark.answered, rightFirstTime: mark.rightFirstTime }) : null;
  return (
    <div className="mt-4 flex min-h-9 flex-wrap items-center gap-3 text-sm" aria-live="polite">
      {mode === "loading" ? null : mark?.read ? (
        <span className="rounded-md border border-border px-2 py-1" data-testid="chapter-read">
          <span aria-hidden="true">✓ </span>Read
        </span>
      ) : (
        <button type="button" className="btn-ghost px-3 py-1" onClick={() => recordVisit(chapter, sections.at(-1) ?? null, sections.length, true)}>
          Mark as read
        </button>
      )}
      {mode !== "loading" && quizzes > 0 && (
        <span className="text-muted">
          Quiz score: <span data-testid="chapter-score">{formatScore(score)}</span>
        </span>
      )}
      {mode !== "loading" && (
        <IntentLink href="/progress" className="text-muted underline">
          Your progress
        </IntentLink>
      )}
    </div>
  );
}
