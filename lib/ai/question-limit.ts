import "server-only";
import type { Database } from "@/db/client";
import { oneQuestionAtATime, questionsSince } from "@/db/queries/chat";
import { personalisationsSince } from "@/db/queries/personalise";
import { consumeAttempt } from "@/db/queries/rate-limit";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const HOUR = 60 * 60 * 1000;

/**
 * Refuses a question over the hourly limit (lower for guests) with 429 and when to retry. A chapter the model
 * personalised (app/api/personalise) uses the same allowance as a question: both are a model's work for the reader.
 */
export async function enforceQuestionLimit(db: Database, userId: string, guest: boolean, e: Env): Promise<void> {
  const limit = guest ? e.GUEST_MESSAGES_PER_HOUR : e.CHAT_MESSAGES_PER_HOUR;
  const since = new Date(Date.now() - HOUR);
  const [questions, personalised] = await Promise.all([questionsSince(db, userId, since), personalisationsSince(db, userId, since)]);
  if (questions.total + personalised.total < limit) return;
  const oldest = Math.min(questions.oldest?.getTime() ?? Infinity, personalised.oldest?.getTime() ?? Infinity);
  const retryAfter = Math.max(1, Math.ceil(((Number.isFinite(oldest) ? oldest : Date.now()) + HOUR - Date.now()) / 1000));
  const minutes = Math.ceil(retryAfter / 60);
  const used = personalised.total > 0 ? `used this hour's allowance of ${limit} tutor questions and personalised chapters` : `asked ${limit} questions in the last hour`;
  throw new AppError(
    429,
    `You have ${used}${guest ? " as a guest" : ""}. ` +
      `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}${guest ? ", or sign up for a higher limit" : ""}.`,
    undefined,
    retryAfter,
  );
}

/**
 * Saves a question with `save` only if it is within the hourly limits, counted
 * and saved atomically with the user's other questions. A guest's question
 * also counts against their address (when the deployment says what it is), so
 * new guest accounts from one address do not each bring a fresh allowance.
 */
export async function saveWithinQuestionLimit<T>(
  db: Database,
  user: { id: string; guest: boolean; address: string | null },
  e: Env,
  save: (tx: Database) => Promise<T>,
): Promise<T> {
  return oneQuestionAtATime(db, user.id, async (tx) => {
    await enforceQuestionLimit(tx, user.id, user.guest, e);
    if (user.guest && user.address) {
      const limit = e.GUEST_ADDRESS_MESSAGES_PER_HOUR;
      const { allowed, retryAfter } = await consumeAttempt(tx, `guest-questions:${user.address}`, { window: 60 * 60, max: limit });
      if (!allowed) {
        const minutes = Math.ceil(retryAfter / 60);
        throw new AppError(
          429,
          `Guests at your address have asked ${limit} questions this hour. Sign up to keep asking, or try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
          undefined,
          retryAfter,
        );
      }
    }
    return save(tx);
  });
}
