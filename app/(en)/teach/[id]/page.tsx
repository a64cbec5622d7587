import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { JoiningToggle, RemoveStudent } from "@/components/classes/class-actions";
import { getDb } from "@/db";
import { classCitations, classTaughtBy } from "@/db/queries/classes";
import { MIN_STUDENTS_FOR_TEXTS, classReport, mostAsked } from "@/lib/classes";
import { getBook } from "@/lib/content";
import { formatScore } from "@/lib/learning/summary";
import { requireInstructorPage } from "@/lib/roles";
import { siteUrl } from "@/lib/site-url";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: PageProps<"/teach/[id]">) {
  const { id } = await params;
  const { session } = await requireInstructorPage(`/teach/${id}`);
  const db = await getDb();
  const book = getBook();
  // Another instructor's class is a 404, as if it did not exist.
  const [found, report, citations] = await Promise.all([
    classTaughtBy(db, session.user.id, id),
    classReport(db, book, session.user.id, id),
    classCitations(db, session.user.id, id, MIN_STUDENTS_FOR_TEXTS),
  ]);
  if (!found || !report || !citations) notFound();
  const asked = mostAsked(citations);
  const joinLink = `${siteUrl()}/join/${found.joinCode}`;
  const answeredItems = report.items.filter((item) => item.answered > 0).sort((a, b) => a.rightFirstTime / a.answered - b.rightFirstTime / b.answered);
  return (
    <div className="mx-auto w-full max-w-6xl space-y-8 px-4 py-10">
      <div>
        <p className="text-sm">
          <IntentLink href="/teach" className="text-muted underline">
            Your classes
          </IntentLink>
        </p>
        <h1 className="font-mono text-2xl font-semibold">
          {found.name}
          {found.term && <span className="text-muted"> · {found.term}</span>}
        </h1>
      </div>

      <section className="card space-y-3" aria-labelledby="joining">
        <h2 id="joining" className="font-semibold">
          Joining
        </h2>
        {found.joiningClosed ? (
          <p>Joining is closed: the link and the code no longer let anyone in.</p>
        ) : (
          <>
            <p>
              Join code: <strong className="font-mono text-lg" data-testid="join-code">{found.joinCode}</strong>
            </p>
            <label className="block text-sm">
              <span className="mb-1 block font-medium">Invite link</span>
              <input className="input font-mono" readOnly value={joinLink} data-testid="join-link" />
            </label>
          </>
        )}
        <JoiningToggle classId={found.id} closed={found.joiningClosed} />
      </section>

      <section aria-labelledby="roster" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="roster" className="text-lg font-semibold">
            Roster ({report.roster.length})
          </h2>
          <a href={`/api/classes/${found.id}/export`} className="btn-ghost px-3 py-1 text-sm" download>
            Export roster and scores (CSV)
          </a>
        </div>
        {report.roster.length === 0 ? (
          <p className="card">No student has joined yet. Share the code or the link above.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="text-muted">
                  <th scope="col" className="py-1 pr-3 font-medium">Student</th>
                  {book.modules.map((module) => (
                    <th key={module.slug} scope="col" className="py-1 pr-3 font-medium">
                      {module.title}
                    </th>
                  ))}
                  <th scope="col" className="py-1 pr-3 font-medium">Quiz score</th>
                  <th scope="col" className="py-1 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.roster.map((row) => (
                  <tr key={row.userId} className="border-t border-border" data-student={row.name}>
                    <th scope="row" className="py-1.5 pr-3 font-normal">
                      <IntentLink href={`/teach/${found.id}/students/${row.userId}`} className="underline hover:text-accent">
                        {row.name}
                      </IntentLink>
                    </th>
                    {book.modules.map((module) => (
                      <td key={module.slug} className="py-1.5 pr-3 font-mono">
                        {row.readByModule[module.slug] ?? 0}/{module.pages.length}
                      </td>
                    ))}
                    <td className="py-1.5 pr-3">{formatScore(row.answered === 0 ? null : row.rightFirstTime / report.quizzes)}</td>
                    <td className="py-1.5">
                      <RemoveStudent classId={found.id} userId={row.userId} name={row.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="items" className="space-y-3">
        <h2 id="items" className="text-lg font-semibold">
          Quiz items, hardest first
        </h2>
        {answeredItems.length === 0 ? (
          <p className="card">No quiz answered by the class yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="text-muted">
                  <th scope="col" className="py-1 pr-3 font-medium">Question</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Answered</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Right first time</th>
                  <th scope="col" className="py-1 font-medium">Most chosen wrong answer</th>
                </tr>
              </thead>
              <tbody>
                {answeredItems.map((item) => (
                  <tr key={item.quizId} className="border-t border-border" data-quiz-item={item.quizId}>
                    <th scope="row" className="py-1.5 pr-3 font-normal">
                      {item.question}
                    </th>
                    <td className="py-1.5 pr-3">{item.answered}</td>
                    <td className="py-1.5 pr-3">{formatScore(item.rightFirstTime / item.answered)}</td>
                    <td className="py-1.5">{item.commonWrong ? `${item.commonWrong.option} (${item.commonWrong.count})` : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="asked" className="space-y-3">
        <h2 id="asked" className="text-lg font-semibold">
          Most asked: where the class is confused
        </h2>
        <p className="text-sm text-muted">
          Sections the tutor cited when answering this class, and answers marked unhelpful. The questions themselves appear only for
          sections that at least {MIN_STUDENTS_FOR_TEXTS} different students asked about, without names.
        </p>
        {asked.length === 0 ? (
          <p className="card">The class has not asked the tutor anything yet.</p>
        ) : (
          <ol className="space-y-3">
            {asked.map((section) => (
              <li key={section.href} className="card" data-section={section.href}>
                <p>
                  <IntentLink href={section.href} className="font-medium underline hover:text-accent">
                    {section.title} › {section.heading}
                  </IntentLink>
                </p>
                <p className="text-sm text-muted">
                  {section.asked} {section.asked === 1 ? "question" : "questions"} from {section.students}{" "}
                  {section.students === 1 ? "student" : "students"} · {section.thumbsDown} thumbs down
                </p>
                {section.questions && (
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                    {section.questions.map((question) => (
                      <li key={question}>{question}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
