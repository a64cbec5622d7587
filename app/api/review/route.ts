import { z } from "zod";
import { getDb } from "@/db";
import { reviewStateOf, saveReview } from "@/db/queries/review";
import { getBook } from "@/lib/content";
import { quizIndex } from "@/lib/content/quizzes";
import { AppError } from "@/lib/errors";
import { parseJson, requireSession, route } from "@/lib/http";
import { afterReview } from "@/lib/learning/leitner";

const reviewInput = z.strictObject({ quizId: z.string().max(200), choice: z.number().int().min(0).max(50) });

// A review answer, judged from the book like any quiz answer, moves the item in the caller's own schedule.
export const POST = route(async (request) => {
  const { user } = await requireSession(request);
  const { quizId, choice } = await parseJson(request, reviewInput);
  const db = await getDb();
  const quiz = quizIndex(getBook()).get(quizId);
  const state = quiz ? await reviewStateOf(db, user.id, quizId) : undefined;
  if (!quiz || state === undefined) throw new AppError(404, "That item is not in your review.");
  if (choice >= quiz.options.length) throw new AppError(400, `This quiz has ${quiz.options.length} options.`);
  const correct = choice === quiz.answer;
  const next = afterReview(state, correct, new Date());
  await saveReview(db, user.id, quizId, { choice, correct }, next);
  return Response.json({ correct, answer: quiz.answer, explanation: quiz.explanation, next: next && { box: next.box, dueAt: next.dueAt.toISOString() } });
});
