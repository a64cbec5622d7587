import { getDb } from "@/db";
import { getBackground } from "@/db/queries/background";
import { getHistory, saveMessage, startConversation } from "@/db/queries/chat";
import { learnerRecord } from "@/lib/learning/learner-record";
import type { TutorQuestion } from "@/lib/ai/context";
import { HISTORY_MESSAGES, historyBefore, previousHeading, previousQuestions, previousSections } from "@/lib/ai/history";
import { learnerAnswer } from "@/lib/ai/learner";
import { findPassages } from "@/lib/ai/passages";
import { analyseQuestion, leansOnPrevious } from "@/lib/ai/question";
import { enforceQuestionLimit, saveWithinQuestionLimit } from "@/lib/ai/question-limit";
import { refusalFor, refusalIn } from "@/lib/ai/refusals";
import { answerLanguage, findUrduPassages, toUrduPassages, writesUrdu } from "@/lib/ai/urdu";
import { streamAnswer } from "@/lib/ai/stream-answer";
import { clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { getLexicon } from "@/lib/rag";
import { AppError } from "@/lib/errors";
import { identifySession, parseJson, requireLiveSession, route } from "@/lib/http";
import { chatRequest } from "./schema";

const titleFrom = (question: string) => (question.length > 60 ? `${question.slice(0, 57).trimEnd()}…` : question);

export const POST = route(async (request) => {
  const started = performance.now();
  const session = await identifySession(request);
  const { user } = session;
  const authDone = performance.now();
  const body = await parseJson(request, chatRequest);
  const question: TutorQuestion = { text: body.message.text, selection: body.selection, chapter: body.chapter };
  const db = await getDb();
  const e = env();

  const lexicon = getLexicon();
  const language = answerLanguage(question.text, body.lang);
  // Independent reads run together: that the session has not ended, the limit,
  // the conversation's latest messages, the reader's background and the
  // retrieval. Only a follow-up ("and on Humble?") waits for the history, to
  // search with the question it follows. One more message than the model sees,
  // in case of a retry. Nothing is written until all of them have passed.
  const historyRead = body.conversationId ? getHistory(db, user.id, body.conversationId, HISTORY_MESSAGES + 1) : Promise.resolve([]);
  const [, , history, background, learner, found] = await Promise.all([
    requireLiveSession(session),
    enforceQuestionLimit(db, user.id, Boolean(user.isAnonymous), e),
    historyRead,
    getBackground(db, user.id),
    learnerRecord(db, user.id),
    timed(async () => {
      const prior = leansOnPrevious(question.text) ? historyBefore((await historyRead) ?? [], body.message.id) : [];
      const analysis = analyseQuestion(question.text, previousQuestions(prior), lexicon, previousHeading(prior));
      // A question in Urdu is looked up in the Urdu book; any other in the English one, its sections then given in Urdu to an Urdu reader.
      if (writesUrdu(question.text) && !question.selection) {
        return { analysis, passages: analysis.injection ? [] : findUrduPassages(question.text, e.RAG_TOP_K, question.chapter), englishPassages: undefined };
      }
      const passages = analysis.injection ? [] : await findPassages(question, analysis, e, previousSections(prior));
      return language === "ur"
        ? { analysis, passages: toUrduPassages(passages, Boolean(question.selection)), englishPassages: passages }
        : { analysis, passages, englishPassages: undefined };
    }),
  ]);
  if (!history) throw new AppError(404, "That conversation does not exist.");
  const { analysis, passages, englishPassages } = found.value;
  const mode = question.selection ? "selection" : "book";

  // The question is saved before the answer starts, in one commit.
  const parts = [
    ...(question.selection ? [{ type: "data-selection", data: question.selection }] : []),
    { type: "text", text: question.text },
  ];
  // Counted again as it is saved: the check above ran beside other requests' saves.
  const asker = { id: user.id, guest: Boolean(user.isAnonymous), address: clientAddress(request.headers, e) };
  const conversationId = await saveWithinQuestionLimit(db, asker, e, async (tx) =>
    body.conversationId
      ? (await saveMessage(tx, { id: body.message.id, conversationId: body.conversationId, role: "user", parts })) && body.conversationId
      : (await startConversation(tx, user.id, titleFrom(question.text), { id: body.message.id, parts }))?.id,
  );
  if (!conversationId) throw new AppError(409, "That message id is already used; send the message with a new id.");

  const preModel = performance.now() - started;
  return streamAnswer({
    db,
    e,
    request,
    conversationId,
    context: {
      question: question.text,
      analysis,
      passages,
      mode,
      background,
      weight: lexicon.weight,
      learner,
      refusal: (mode === "book" && !analysis.injection && learnerAnswer(question.text, learner)) || refusalIn(language, refusalFor(analysis, englishPassages ?? passages, mode, lexicon)),
      language,
      englishPassages,
    },
    history: historyBefore(history, body.message.id),
    timing: [
      `auth;dur=${(authDone - started).toFixed(1)}`,
      `retrieval;dur=${found.ms.toFixed(1)}`,
      `pre-model;dur=${preModel.toFixed(1)}`,
    ].join(", "),
  });
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}
