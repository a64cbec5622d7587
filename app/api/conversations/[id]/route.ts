import { z } from "zod";
import { getDb } from "@/db";
import { deleteConversation, getHistory, renameConversation } from "@/db/queries/chat";
import { toUIMessages } from "@/lib/ai/history";
import { AppError } from "@/lib/errors";
import { parseJson, requireSession, route } from "@/lib/http";
import { renameRequest } from "../schema";

type Params = { params: Promise<{ id: string }> };

const NOT_FOUND = "That conversation does not exist.";

// Anything that is not a well-formed id cannot be a conversation of the caller's.
async function conversationId({ params }: Params): Promise<string> {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) throw new AppError(404, NOT_FOUND);
  return id;
}

export const GET = route(async (request, context: Params) => {
  const { user } = await requireSession(request);
  const id = await conversationId(context);
  const history = await getHistory(await getDb(), user.id, id);
  if (!history) throw new AppError(404, NOT_FOUND);
  return Response.json({ id, messages: toUIMessages(history) });
});

export const PATCH = route(async (request, context: Params) => {
  const { user } = await requireSession(request);
  const id = await conversationId(context);
  const { title } = await parseJson(request, renameRequest);
  if (!(await renameConversation(await getDb(), user.id, id, title))) throw new AppError(404, NOT_FOUND);
  return Response.json({ id, title });
});

export const DELETE = route(async (request, context: Params) => {
  const { user } = await requireSession(request);
  const id = await conversationId(context);
  if (!(await deleteConversation(await getDb(), user.id, id))) throw new AppError(404, NOT_FOUND);
  return new Response(null, { status: 204 });
});
