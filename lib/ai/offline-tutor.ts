import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4FinishReason,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { lacksRtxWorkstation, matchesBackground } from "@/lib/background/match";
import { contentStems } from "@/lib/rag/terms";
import type { NumberedPassage, TutorContext } from "./context";

export const OFFLINE_NOTICE =
  "*Offline tutor: no language model is configured, so this answer is put together from the book's own sentences.*";

export const NOT_COVERED =
  "The book does not cover this, so I won't guess. Try the terms the chapters use, or browse the contents and search (Ctrl K).";

export const SELECTION_DOES_NOT_ANSWER =
  "The selected text does not answer this question. Ask again without a selection to search the whole book.";

const stems = (text: string) => new Set(contentStems(text));

function sentences(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, " ").replace(/\s+/g, " ").trim();
  // Fewer than 5 words is a fragment; more than 60 is a flattened table or list.
  return prose.split(/(?<=[.!?])\s+(?=[A-Z0-9`"'(])/).filter((sentence) => {
    const length = sentence.split(" ").length;
    return length >= 5 && length <= 60;
  });
}

/** The passage's sentences that share most words with the question, in reading order. */
function bestSentences(passage: NumberedPassage, question: Set<string>, take: number): string[] {
  const scored = sentences(passage.text).map((sentence, index) => {
    const words = stems(sentence);
    let overlap = 0;
    for (const word of question) if (words.has(word)) overlap++;
    return { sentence, index, overlap };
  });
  return scored
    .filter((entry) => entry.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
    .slice(0, take)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.sentence);
}

/** The whole extractive answer, citations included. */
export function composeOfflineAnswer(context: TutorContext): string {
  const question = stems(context.question);
  const background = context.background;
  const beginner = background !== null && matchesBackground(background, { level: "beginner" });
  const perPassage = beginner ? 3 : 2;
  const paragraphs = context.passages
    .map((passage) => ({ passage, picked: bestSentences(passage, question, perPassage) }))
    .filter((entry) => entry.picked.length > 0)
    .map(({ passage, picked }) =>
      context.mode === "selection" ? `${picked.join(" ")} [${passage.n}]` : `**${passage.heading}** — ${picked.join(" ")} [${passage.n}]`,
    );
  if (paragraphs.length === 0) {
    return `${OFFLINE_NOTICE}\n\n${context.mode === "selection" ? SELECTION_DOES_NOT_ANSWER : NOT_COVERED}`;
  }
  const extras: string[] = [];
  const text = context.passages.map((p) => p.text).join(" ");
  if (background && matchesBackground(background, { has: "jetson" }) && /jetson/i.test(text)) {
    extras.push("You have a Jetson: the passages above include notes for running this on the device itself.");
  }
  if (background && lacksRtxWorkstation(background) && /(isaac sim|rtx)/i.test(text)) {
    extras.push("Without an RTX workstation, use a cloud GPU instance for this (see *Hardware and Lab Setup*).");
  }
  if (beginner) extras.push("New to this? Open the cited sections and read them in full; they build the idea step by step.");
  return [OFFLINE_NOTICE, ...paragraphs, ...extras].join("\n\n");
}

// Sixteen words every 64 ms is 250 words a second. Every streamed piece costs
// the server about a millisecond in its layers of web streams, so pieces this
// size keep 20 concurrent answers to a fraction of one core (npm run bench:chat).
const WORDS_PER_PIECE = 16;

const usage = (output: number): LanguageModelV4Usage => ({
  inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: output, text: output, reasoning: 0 },
});
const stop: LanguageModelV4FinishReason = { unified: "stop", raw: "stop" };

/**
 * The tutor when no model is configured: a real AI SDK language model that
 * streams an extractive, cited answer from the passages it was given. It
 * ignores the prompt text because its grounding arrives as structured context.
 */
export class OfflineTutorModel implements LanguageModelV4 {
  readonly specificationVersion = "v4" as const;
  readonly provider = "textbook";
  readonly modelId = "offline-tutor";
  readonly supportedUrls = {};

  constructor(
    private readonly context: TutorContext,
    /** Pause between streamed pieces, so the answer reads as it arrives. */
    private readonly pauseMs = 64,
  ) {}

  async doGenerate(_options: LanguageModelV4CallOptions) {
    const text = composeOfflineAnswer(this.context);
    return { content: [{ type: "text" as const, text }], finishReason: stop, usage: usage(text.split(/\s+/).length), warnings: [] };
  }

  async doStream(options: LanguageModelV4CallOptions) {
    const text = composeOfflineAnswer(this.context);
    const words = text.match(/\S+\s*/g) ?? [];
    const pause = this.pauseMs;
    const signal = options.abortSignal;
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      async start(controller) {
        controller.enqueue({ type: "stream-start", warnings: [] });
        controller.enqueue({ type: "text-start", id: "answer" });
        for (let i = 0; i < words.length; i += WORDS_PER_PIECE) {
          if (signal?.aborted) {
            controller.error(signal.reason ?? new DOMException("Aborted", "AbortError"));
            return;
          }
          controller.enqueue({ type: "text-delta", id: "answer", delta: words.slice(i, i + WORDS_PER_PIECE).join("") });
          if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
        }
        controller.enqueue({ type: "text-end", id: "answer" });
        controller.enqueue({ type: "finish", finishReason: stop, usage: usage(words.length) });
        controller.close();
      },
    });
    return { stream };
  }
}
