import { z } from "zod";
import { getDb } from "@/db";
import { recordProgress } from "@/db/queries/progress";
import { getBook } from "@/lib/content";
import { sectionAnchors } from "@/lib/content/quizzes";
import { AppError } from "@/lib/errors";
import { parseJson, requireSession, route } from "@/lib/http";
import { progressSummary } from "@/lib/learning/progress";

const progressEvent = z.strictObject({
  chapter: z.string().max(200),
  section: z.string().max(200).nullable().optional(),
  read: z.boolean().optional(),
});

export const GET = route(async (request) => {
  const { user } = await requireSession(request);
  const summary = await progressSummary(await getDb(), getBook(), user.id);
  return Response.json(summary, { headers: { "Cache-Control": "no-store" } });
});

export const POST = route(async (request) => {
  const { user } = await requireSession(request);
  const event = await parseJson(request, progressEvent);
  const page = getBook().bySlug.get(event.chapter);
  if (!page) throw new AppError(400, "No chapter of the book has that slug.");
  const anchors = sectionAnchors(page);
  const section = event.section ?? null;
  const index = section === null ? -1 : anchors.indexOf(section);
  if (section !== null && index === -1) throw new AppError(400, "That chapter has no such section.");
  await recordProgress(await getDb(), user.id, {
    chapter: page.slug,
    section,
    // Reading to the end reaches the last section, whatever section the event names.
    sectionIndex: event.read ? anchors.length : index + 1,
    read: event.read ?? false,
  });
  return new Response(null, { status: 204 });
});
