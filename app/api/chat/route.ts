import { getDb } from "@/db";
import { createConversation, getConversation, getMessages, saveMessage } from "@/db/queries/chat";
import { enforceQuestionLimit, gatherContext, streamAnswer } from "@/lib/ai/answer";
import { env } from "@/lib/env";
import { AppError, parseJson, requireSession, route } from "@/lib/http";
import { chatRequest } from "./schema";

const titleFrom = (question: string) => (question.length > 60 ? `${question.slice(0, 57).trimEnd()}…` : question);

export const POST = route(async (request) => {
  const started = performance.now();
  const body = await parseJson(request, chatRequest);
  const { user } = await requireSession(request);
  const db = await getDb();
  const e = env();
  await enforceQuestionLimit(db, user.id, Boolean(user.isAnonymous), e);

  const conversation = body.conversationId
    ? await getConversation(db, user.id, body.conversationId)
    : await createConversation(db, user.id, titleFrom(body.message.text));
  if (!conversation) throw new AppError(404, "That conversation does not exist.");

  const history = await getMessages(db, conversation.id);
  const saved = await saveMessage(db, {
    id: body.message.id,
    conversationId: conversation.id,
    role: "user",
    parts: [
      ...(body.selection ? [{ type: "data-selection", data: body.selection }] : []),
      { type: "text", text: body.message.text },
    ],
  });
  if (!saved) throw new AppError(409, "That message id is already used; send the message with a new id.");
  const context = await gatherContext(db, user.id, body, e);
  return streamAnswer({
    db,
    e,
    request,
    conversationId: conversation.id,
    context,
    history: history.filter((message) => message.id !== body.message.id),
    preModelMs: performance.now() - started,
  });
});
