import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import type { Env } from "@/lib/env";
import type { TutorContext } from "./context";
import { ComposedAnswerModel } from "./offline-tutor";
import { composeUrduAnswer } from "./offline/urdu";

export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";

/**
 * The one place that decides which model answers: a refusal needs none; then
 * OpenAI with a key, any OpenAI-compatible server with OPENAI_BASE_URL (chat
 * completions), otherwise the offline tutor built from this question's passages.
 */
export function tutorModel(e: Env, context: TutorContext): LanguageModel {
  if (context.refusal !== null) {
    const refusal = context.refusal;
    return new ComposedAnswerModel(() => refusal);
  }
  const hosted = hostedModel(e);
  if (hosted) return hosted;
  if (context.language === "ur") {
    const english = context.englishPassages ? { ...context, passages: context.englishPassages } : null;
    return new ComposedAnswerModel(() => composeUrduAnswer(context, english));
  }
  return ComposedAnswerModel.offline(context);
}

/** OpenAI with a key, any OpenAI-compatible server with OPENAI_BASE_URL; null without either. */
function hostedModel(e: Env): LanguageModel | null {
  if (isOffline(e)) return null;
  const provider = createOpenAI({ apiKey: e.OPENAI_API_KEY ?? "unused", baseURL: e.OPENAI_BASE_URL });
  const id = e.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL;
  // Compatible servers speak chat completions, not OpenAI's Responses API.
  return e.OPENAI_BASE_URL ? provider.chat(id) : provider(id);
}

export function isOffline(e: Env): boolean {
  return !e.OPENAI_API_KEY && !e.OPENAI_BASE_URL;
}

/** The model that rewrites a chapter for a reader's background: the tutor's hosted model, or null (the offline view needs none). */
export const personaliseModel = (e: Env): LanguageModel | null => hostedModel(e);

/** The model `npm run translate` drafts with: the tutor's hosted model, or null without one (nothing offline can translate). */
export const translationModel = (e: Env): LanguageModel | null => hostedModel(e);
