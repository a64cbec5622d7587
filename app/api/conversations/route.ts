import { getDb } from "@/db";
import { listConversations } from "@/db/queries/chat";
import { parseQuery, requireSession, route } from "@/lib/http";
import { listQuery } from "./schema";

export const GET = route(async (request) => {
  const { user } = await requireSession(request);
  const { cursor } = parseQuery(request, listQuery);
  const page = await listConversations(await getDb(), user.id, cursor);
  return Response.json({
    conversations: page.conversations,
    nextCursor: page.nextCursor ? `${page.nextCursor.updatedAt.toISOString()}_${page.nextCursor.id}` : null,
  });
});
