import { getDb } from "@/db";
import { getConversation, getHistory, saveMessage, startConversation } from "@/db/queries/chat";
import { getBackground } from "@/db/queries/background";
import { enforceQuestionLimit, findPassages, streamAnswer } from "@/lib/ai/answer";
import { env } from "@/lib/env";
import { AppError, parseJson, requireSession, route } from "@/lib/http";
import { chatRequest } from "./schema";

const titleFrom = (question: string) => (question.length > 60 ? `${question.slice(0, 57).trimEnd()}…` : question);

export const POST = route(async (request) => {
  const started = performance.now();
  const body = await parseJson(request, chatRequest);
  const { user } = await requireSession(request);
  const authDone = performance.now();
  const db = await getDb();
  const e = env();

  // Independent reads run together: the limit, the conversation and its
  // history, the reader's background and the retrieval wait for nothing else.
  const [, existing, history, background, passages] = await Promise.all([
    enforceQuestionLimit(db, user.id, Boolean(user.isAnonymous), e),
    body.conversationId ? getConversation(db, user.id, body.conversationId) : null,
    body.conversationId ? getHistory(db, user.id, body.conversationId) : [],
    getBackground(db, user.id),
    timed(() => findPassages(body, e)),
  ]);
  if (body.conversationId && !existing) throw new AppError(404, "That conversation does not exist.");

  // The question is saved before the answer starts: one write, one commit.
  const parts = [
    ...(body.selection ? [{ type: "data-selection", data: body.selection }] : []),
    { type: "text", text: body.message.text },
  ];
  const conversation = existing
    ? (await saveMessage(db, { id: body.message.id, conversationId: existing.id, role: "user", parts })) && existing
    : await startConversation(db, user.id, titleFrom(body.message.text), { id: body.message.id, parts });
  if (!conversation) throw new AppError(409, "That message id is already used; send the message with a new id.");

  const preModel = performance.now() - started;
  return streamAnswer({
    db,
    e,
    request,
    conversationId: conversation.id,
    context: { question: body.message.text, passages: passages.value, mode: body.selection ? "selection" : "book", background },
    history: history.filter((message) => message.id !== body.message.id),
    timing: [
      `auth;dur=${(authDone - started).toFixed(1)}`,
      `retrieval;dur=${passages.ms.toFixed(1)}`,
      `pre-model;dur=${preModel.toFixed(1)}`,
    ].join(", "),
  });
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}
