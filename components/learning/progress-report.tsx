import { IntentLink } from "@/components/site/intent-link";
import { formatDate } from "@/lib/format";
import type { OutlineModule } from "@/lib/learning/outline";
import { formatScore, quizScore, type ChapterStatus } from "@/lib/learning/summary";

export type ReportMarks = Record<string, Pick<ChapterStatus, "read" | "lastVisitAt" | "answered" | "rightFirstTime">>;

/**
 * A reader's progress per module and chapter, with totals. Plain markup from data, so the reader's
 * own page, the browser-kept copy of a signed-out reader and an instructor's read-only view share it.
 */
export function ProgressReport({ outline, marks, emptyHint }: { outline: OutlineModule[]; marks: ReportMarks; emptyHint: React.ReactNode }) {
  const pages = outline.flatMap((module) => module.pages);
  const read = pages.filter((page) => marks[page.slug]?.read).length;
  const visited = pages.filter((page) => marks[page.slug]?.lastVisitAt).length;
  const quizzes = pages.reduce((sum, page) => sum + page.quizzes, 0);
  const answered = pages.reduce((sum, page) => sum + (marks[page.slug]?.answered ?? 0), 0);
  const right = pages.reduce((sum, page) => sum + (marks[page.slug]?.rightFirstTime ?? 0), 0);
  if (visited === 0 && answered === 0) {
    return (
      <div className="card space-y-2" data-testid="progress-empty">
        <p className="font-semibold">Nothing read yet.</p>
        <p className="text-muted">{emptyHint}</p>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-3 gap-4 text-center" aria-label="Totals">
        <div className="card">
          <dt className="text-sm text-muted">Pages read</dt>
          <dd className="text-2xl font-semibold" data-testid="total-read">
            {read} / {pages.length}
          </dd>
        </div>
        <div className="card">
          <dt className="text-sm text-muted">Quizzes answered</dt>
          <dd className="text-2xl font-semibold">
            {answered} / {quizzes}
          </dd>
        </div>
        <div className="card">
          <dt className="text-sm text-muted">Right first time</dt>
          <dd className="text-2xl font-semibold">{formatScore(answered === 0 ? null : right / quizzes)}</dd>
        </div>
      </dl>
      {outline.map((module) => {
        const moduleRead = module.pages.filter((page) => marks[page.slug]?.read).length;
        return (
          <section key={module.slug} aria-labelledby={`progress-${module.slug}`}>
            <h2 id={`progress-${module.slug}`} className="text-lg font-semibold">
              {module.title}
            </h2>
            <progress className="module-bar" max={module.pages.length} value={moduleRead} aria-label={`${module.title}: ${moduleRead} of ${module.pages.length} pages read`} />
            <div className="mt-3 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="text-muted">
                    <th scope="col" className="py-1 pr-3 font-medium">Chapter</th>
                    <th scope="col" className="py-1 pr-3 font-medium">Read</th>
                    <th scope="col" className="py-1 pr-3 font-medium">Quiz score</th>
                    <th scope="col" className="py-1 font-medium">Last visit</th>
                  </tr>
                </thead>
                <tbody>
                  {module.pages.map((page) => {
                    const mark = marks[page.slug];
                    const score = mark ? quizScore({ quizzes: page.quizzes, answered: mark.answered, rightFirstTime: mark.rightFirstTime }) : null;
                    return (
                      <tr key={page.slug} className="border-t border-border" data-chapter={page.slug}>
                        <th scope="row" className="py-1.5 pr-3 font-normal">
                          <IntentLink href={page.href} className="underline hover:text-accent">
                            {page.title}
                          </IntentLink>
                        </th>
                        <td className="py-1.5 pr-3">{mark?.read ? "Read" : mark?.lastVisitAt ? "Started" : "Not yet"}</td>
                        <td className="py-1.5 pr-3">{page.quizzes === 0 ? "No quizzes" : formatScore(score)}</td>
                        <td className="py-1.5">{mark?.lastVisitAt ? formatDate(new Date(mark.lastVisitAt)) : "—"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
