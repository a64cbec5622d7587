import "server-only";
import { streamText, type LanguageModel } from "ai";
import type { Profile } from "@/lib/background/profile";
import type { Lang } from "@/lib/content/urls";
import { loggable } from "@/lib/errors";
import { personaliseSystemPrompt } from "@/lib/ai/prompts";
import { silenceWatchdog } from "@/lib/ai/silence";
import type { PersonaliseEvent } from "./events";
import { checkRewrite, type Part } from "./sections";

export const MODEL_FAILED = "The model could not personalise this chapter, so it is shown as the book has it. Try again in a moment.";
const MODEL_SILENT = "The model stopped responding, so this chapter is shown as the book has it. Try again in a moment.";

type RewriteInput = {
  model: LanguageModel;
  parts: Part[];
  profile: Profile;
  lang: Lang;
  signal: AbortSignal;
  /** Seconds the model has to start a part, and between pieces of it. */
  firstTokenTimeout: number;
  idleTimeout: number;
  send: (event: PersonaliseEvent) => void;
};

/**
 * Rewrites the parts one after another, streaming each as it comes and checking
 * it once it is complete. Returns the personalised body and how many parts are
 * the book's own, or null when the model failed or the reader stopped (nothing
 * half-made is kept).
 */
export async function rewriteParts({ model, parts, profile, lang, signal, firstTokenTimeout, idleTimeout, send }: RewriteInput) {
  const system = personaliseSystemPrompt(profile, lang);
  const bodies: string[] = [];
  let originalParts = 0;
  for (const [index, part] of parts.entries()) {
    if (signal.aborted) return null;
    // A part that is only kept pieces (a heading over a code block) has nothing to rewrite: it is shown as it is.
    if (!part.hasProse) {
      bodies.push(part.source);
      send({ type: "delta", part: index, text: part.text });
      send({ type: "part", part: index, kept: true });
      continue;
    }
    const draft = await rewritePart({ model, system, part, index, signal, firstTokenTimeout, idleTimeout, send });
    if (draft.failed) {
      if (!signal.aborted) send({ type: "error", message: draft.timedOut ? MODEL_SILENT : MODEL_FAILED });
      return null;
    }
    const checked = checkRewrite(part, draft.text);
    bodies.push(checked.mdx);
    if (checked.kept) send({ type: "part", part: index, kept: true });
    else {
      console.warn(`personalise: part ${index + 1} of ${parts.length} is the book's own text, its rewrite failed the checks: ${checked.reasons.join("; ")}`);
      originalParts += 1;
      send({ type: "part", part: index, kept: false, text: part.text });
    }
  }
  return { body: bodies.join(""), originalParts };
}

async function rewritePart({
  model,
  system,
  part,
  index,
  signal,
  firstTokenTimeout,
  idleTimeout,
  send,
}: Omit<RewriteInput, "parts" | "profile" | "lang"> & { system: string; part: Part; index: number }) {
  const abort = new AbortController();
  const stop = () => abort.abort();
  signal.addEventListener("abort", stop, { once: true });
  const silence = silenceWatchdog(abort);
  let text = "";
  let failed = false;
  silence.allow(firstTokenTimeout);
  try {
    const result = streamText({ model, system, prompt: part.text, temperature: 0.3, abortSignal: abort.signal });
    for await (const chunk of result.fullStream) {
      if (chunk.type === "text-delta") {
        text += chunk.text;
        send({ type: "delta", part: index, text: chunk.text });
        silence.allow(idleTimeout);
      } else if (chunk.type === "error" || chunk.type === "abort") {
        failed = true;
        if (chunk.type === "error") console.error(`personalise: the model failed: ${loggable(chunk.error)}`);
      }
    }
  } catch (error) {
    failed = true;
    if (!abort.signal.aborted) console.error(`personalise: the model failed: ${loggable(error)}`);
  } finally {
    silence.stop();
    signal.removeEventListener("abort", stop);
  }
  return { text: text.replace(/^```(?:mdx|markdown)?\n([\s\S]*)\n```\s*$/, "$1"), failed: failed || abort.signal.aborted, timedOut: silence.timedOut };
}
