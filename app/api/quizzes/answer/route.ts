import { z } from "zod";
import { getDb } from "@/db";
import { recordAnswer } from "@/db/queries/progress";
import { getBook } from "@/lib/content";
import { quizIndex } from "@/lib/content/quizzes";
import { AppError } from "@/lib/errors";
import { parseJson, requireSession, route } from "@/lib/http";

const answerInput = z.strictObject({
  quizId: z.string().max(200),
  /** Index into the options as the book lists them. */
  choice: z.number().int().min(0).max(50),
});

// Whether an answer is right is decided here, from the book: a client can send a choice, never a verdict.
export const POST = route(async (request) => {
  const { user } = await requireSession(request);
  const { quizId, choice } = await parseJson(request, answerInput);
  const quiz = quizIndex(getBook()).get(quizId);
  if (!quiz) throw new AppError(404, "No quiz of the book has that id.");
  if (choice >= quiz.options.length) throw new AppError(400, `This quiz has ${quiz.options.length} options.`);
  const correct = choice === quiz.answer;
  const row = await recordAnswer(await getDb(), user.id, { quizId, chapter: quiz.chapter, choice, correct });
  return Response.json({ correct, answer: quiz.answer, firstCorrect: row.firstCorrect, attempts: row.attempts });
});
