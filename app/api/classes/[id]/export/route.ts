import { getDb } from "@/db";
import { classReport, rosterCsv } from "@/lib/classes";
import { getBook } from "@/lib/content";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { requireInstructor } from "@/lib/roles";

/** The roster and scores of a class the caller teaches, as CSV. */
export const GET = route(async (request, { params }: RouteContext<"/api/classes/[id]/export">) => {
  const { session } = await requireInstructor(request.headers);
  const { id } = await params;
  const book = getBook();
  const report = await classReport(await getDb(), book, session.user.id, id);
  if (!report) throw new AppError(404, "You teach no class with that id.");
  return new Response(rosterCsv(book, report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="class-roster.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
