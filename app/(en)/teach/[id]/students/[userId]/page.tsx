import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { ProgressReport } from "@/components/learning/progress-report";
import { getDb } from "@/db";
import { rosterOf } from "@/db/queries/classes";
import { getBook } from "@/lib/content";
import { bookOutline } from "@/lib/learning/outline";
import { progressSummary } from "@/lib/learning/progress";
import { requireInstructorPage } from "@/lib/roles";

export const metadata: Metadata = { title: "Student progress" };

/** A student's progress, read-only, for the instructor of a class they are in (an admin too, when they teach it). */
export default async function StudentProgressPage({ params }: PageProps<"/teach/[id]/students/[userId]">) {
  const { id, userId } = await params;
  const { session } = await requireInstructorPage(`/teach/${id}/students/${userId}`);
  const db = await getDb();
  const student = (await rosterOf(db, session.user.id, id))?.find((row) => row.userId === userId);
  if (!student) notFound();
  const book = getBook();
  const summary = await progressSummary(db, book, student.userId);
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-10">
      <p className="text-sm">
        <IntentLink href={`/teach/${id}`} className="text-muted underline">
          Back to the class
        </IntentLink>
      </p>
      <h1 className="font-mono text-2xl font-semibold">{student.name}: progress</h1>
      <ProgressReport outline={bookOutline(book)} marks={summary.chapters} emptyHint="This student has not read a chapter or answered a quiz yet." />
    </div>
  );
}
