import { getDb } from "@/db";
import { getBackground } from "@/db/queries/background";
import { getPersonalisation, recordPersonalisationRun, savePersonalisation } from "@/db/queries/personalise";
import { personaliseModel } from "@/lib/ai/providers";
import { saveWithinQuestionLimit } from "@/lib/ai/question-limit";
import { matchingConditions } from "@/lib/background/match";
import { profileKey, profileOf } from "@/lib/background/profile";
import { env } from "@/lib/env";
import { AppError, loggable } from "@/lib/errors";
import { parseJson, requireSession, route } from "@/lib/http";
import type { PersonaliseAnswer, PersonaliseEvent } from "@/lib/personalise/events";
import { personalisedPage } from "@/lib/personalise/page";
import { MODEL_FAILED, rewriteParts } from "@/lib/personalise/rewrite";
import { splitParts } from "@/lib/personalise/sections";
import { personaliseRequest } from "./schema";

/**
 * Personalises a chapter for the signed-in reader's background. Without a model it says which conditions the
 * reader matches (the page opens their blocks and reading path); with one it answers from the cache when a reader
 * of the same profile already had this version of the page rewritten, and otherwise streams the rewrite, part by
 * part, and caches it. Only a rewrite counts toward the reader's hourly allowance.
 */
export const POST = route(async (request) => {
  const { user } = await requireSession(request);
  if (user.isAnonymous) throw new AppError(401, "Sign in to personalise chapters: a guest has no background answers.");
  const { slug, lang } = await parseJson(request, personaliseRequest);
  const page = personalisedPage(slug, lang);
  if (!page) throw new AppError(404, `The book has no page "${slug}"${lang === "en" ? "" : ` in ${lang}`}.`);
  const db = await getDb();
  const background = await getBackground(db, user.id);
  if (!background) throw new AppError(409, "Answer the background questionnaire (/onboarding) first: the chapter is personalised from your answers.");
  const e = env();
  const model = personaliseModel(e);
  if (!model) return Response.json({ mode: "offline", conditions: matchingConditions(background) } satisfies PersonaliseAnswer);

  const profile = profileOf(background);
  const key = { chapter: page.slug, lang, digest: page.digest, profile: profileKey(profile) };
  const cached = await getPersonalisation(db, key);
  if (cached) return Response.json({ mode: "cached", originalParts: cached.originalParts } satisfies PersonaliseAnswer);
  await saveWithinQuestionLimit(db, { id: user.id, guest: false, address: null }, e, (tx) => recordPersonalisationRun(tx, user.id, page.slug));

  const parts = splitParts(page.body);
  const abort = new AbortController();
  request.signal.addEventListener("abort", () => abort.abort(), { once: true });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: PersonaliseEvent) => {
        if (!abort.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      send({ type: "start", parts: parts.map((part) => ({ views: part.views })) });
      const rewritten = await rewriteParts({
        model,
        parts,
        profile,
        lang,
        signal: abort.signal,
        firstTokenTimeout: e.MODEL_FIRST_TOKEN_TIMEOUT_SECONDS,
        idleTimeout: e.MODEL_IDLE_TIMEOUT_SECONDS,
        send,
      });
      if (rewritten) {
        try {
          await savePersonalisation(db, key, rewritten.body, rewritten.originalParts);
          send({ type: "done", originalParts: rewritten.originalParts });
        } catch (error) {
          // The finished chapter is rendered from the cache: without it there is nothing to show.
          console.error(`POST /api/personalise could not cache the rewrite: ${loggable(error)}`);
          send({ type: "error", message: MODEL_FAILED });
        }
      }
      if (!abort.signal.aborted) controller.close();
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(body, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-cache, no-transform" },
  });
});
