import { z } from "zod";
import { parseQuery, route } from "@/lib/http";
import { getRetriever } from "@/lib/rag";

const query = z.object({
  q: z.string().trim().min(1, "must not be empty").max(500, "must be at most 500 characters"),
  k: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(20, "must be at most 20").default(5),
  chapter: z.string().max(200).optional(),
});

export const GET = route(async (request) => {
  const { q, k, chapter } = parseQuery(request, query);
  const passages = await (await getRetriever()).search(q, { k, chapterHint: chapter });
  return Response.json({
    query: q,
    results: passages.map(({ chapter, title, heading, href, text, score }) => ({ chapter, title, heading, href, text, score })),
  });
});
