import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4FinishReason,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { composeAnswer } from "./offline/compose";
import type { TutorContext } from "./context";

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
 * A real AI SDK language model that streams a text it already has: the offline
 * tutor's extractive, cited answer (when no model is configured), or a fixed
 * refusal (in every mode). It ignores the prompt: its grounding arrives as
 * structured context.
 */
export class ComposedAnswerModel implements LanguageModelV4 {
  readonly specificationVersion = "v4" as const;
  readonly provider = "textbook";
  readonly modelId = "offline-tutor";
  readonly supportedUrls = {};

  constructor(
    private readonly compose: () => string,
    /** Pause between streamed pieces, so the answer reads as it arrives. */
    private readonly pauseMs = 64,
  ) {}

  /** The offline tutor for a question's context. */
  static offline(context: TutorContext, pauseMs?: number) {
    return new ComposedAnswerModel(() => composeAnswer(context), pauseMs);
  }

  async doGenerate(_options: LanguageModelV4CallOptions) {
    const text = this.compose();
    return { content: [{ type: "text" as const, text }], finishReason: stop, usage: usage(text.split(/\s+/).length), warnings: [] };
  }

  async doStream(options: LanguageModelV4CallOptions) {
    const text = this.compose();
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
