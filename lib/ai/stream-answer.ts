import "server-only";
import { createUIMessageStreamResponse, smoothStream, streamText, type UIMessageChunk } from "ai";
import type { Database } from "@/db/client";
import { saveMessage, type StoredMessage } from "@/db/queries/chat";
import type { Env } from "@/lib/env";
import { loggable } from "@/lib/errors";
import { citationOrder, renumberCitations } from "./citations";
import type { TutorContext } from "./context";
import { historyForModel } from "./history";
import { tutorSystemPrompt } from "./prompts";
import { isOffline, tutorModel } from "./providers";
import { silenceWatchdog } from "./silence";
import type { Source, TutorMetadata } from "./tutor-message";

type StreamInput = {
  db: Database;
  e: Env;
  request: Request;
  conversationId: string;
  context: TutorContext;
  history: StoredMessage[];
  /** Server-Timing entries for the work before the model is called (auth, database, retrieval). */
  timing: string;
};

// A hosted model streams about one token per chunk, and every chunk costs the
// server a pass through the AI SDK's and the response's stream layers. The
// SDK's smoothStream passes text on in runs of at least this many characters,
// ending at a space, so a reader still sees it arrive continuously (measured
// with npm run bench:chat: about a quarter less server CPU per answer). What it
// holds when a model's connection breaks is not shown, and so not saved.
const BATCH_CHARACTERS = 48;
const batchWords = (buffer: string) => {
  const end = buffer.lastIndexOf(" ");
  return buffer.length >= BATCH_CHARACTERS && end > 0 ? buffer.slice(0, end + 1) : null;
};

/** The sources an answer cites, each section once, numbered in the order it cites them; and the answer renumbered to match. */
export function citedSources(text: string, context: TutorContext): { text: string; sources: Source[]; citations: Record<number, number> } {
  const byNumber = new Map(context.passages.map((passage) => [passage.n, passage]));
  const citations: Record<number, number> = {};
  const sources: Source[] = [];
  for (const n of citationOrder(text)) {
    const passage = byNumber.get(n);
    if (!passage) continue;
    const same = sources.find((source) => source.href === passage.href);
    if (same) citations[n] = same.n;
    else {
      const next = sources.length + 1;
      citations[n] = next;
      sources.push({ n: next, chapter: passage.chapter, title: passage.title, heading: passage.heading, href: passage.href });
    }
  }
  return { text: renumberCitations(text, citations), sources, citations };
}

/** Pauses before each further try to save an answer: a dropped connection or a failover is usually over within a second. */
const SAVE_RETRY_DELAYS_MS = [100, 500, 1500];

/** Saves an answer, trying again on failure; false if it could not be saved (and the failures are logged). */
async function saveAnswer(db: Database, answer: Parameters<typeof saveMessage>[1]): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await saveMessage(db, answer);
      return true;
    } catch (error) {
      console.error(`Saving the tutor's answer ${answer.id} in conversation ${answer.conversationId} failed (try ${attempt + 1}): ${loggable(error)}`);
      const delay = SAVE_RETRY_DELAYS_MS[attempt];
      if (delay === undefined) return false;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Streams the answer as a UI-message stream and saves it when it ends: complete,
 * or, after a client disconnect or a model failure, whatever arrived marked
 * "interrupted". The model stream is read here rather than by the client, so
 * the save happens whether or not anyone is still listening. The sources go
 * out last, once the answer shows which passages it cites.
 */
export function streamAnswer({ db, e, request, conversationId, context, history, timing }: StreamInput): Response {
  const assistantId = crypto.randomUUID();
  const abort = new AbortController();
  request.signal.addEventListener("abort", () => abort.abort(), { once: true });
  const silence = silenceWatchdog(abort);
  const hosted = !isOffline(e) && context.refusal === null;

  const result = streamText({
    model: tutorModel(e, context),
    system: tutorSystemPrompt(context),
    messages: [...historyForModel(history), { role: "user", content: context.question }],
    abortSignal: abort.signal,
    ...(hosted && { experimental_transform: smoothStream({ delayInMs: null, chunking: batchWords }) }),
  });
  const start: TutorMetadata = { conversationId, offline: isOffline(e) };
  const failure = "The tutor could not finish this answer. What arrived has been saved; try again.";
  const source = result.toUIMessageStream({
    generateMessageId: () => assistantId,
    messageMetadata: ({ part }) => (part.type === "start" ? start : undefined),
    onError: () => failure,
  });

  let listening = true;
  const body = new ReadableStream<UIMessageChunk>({
    async start(controller) {
      let text = "";
      let finished = false;
      let failed = false;
      let finish: UIMessageChunk | null = null;
      const send = (chunk: UIMessageChunk) => {
        if (listening) controller.enqueue(chunk);
      };
      silence.allow(e.MODEL_FIRST_TOKEN_TIMEOUT_SECONDS);
      try {
        for await (const chunk of source) {
          if (chunk.type === "text-delta") {
            text += chunk.delta;
            silence.allow(e.MODEL_IDLE_TIMEOUT_SECONDS);
          }
          else if (chunk.type === "error" || chunk.type === "abort") failed = true;
          if (chunk.type === "finish") {
            finished = true;
            finish = chunk;
          } else send(chunk);
        }
      } catch {
        // A stream that breaks (a dropped connection to the model) tells the reader too.
        if (!failed) send({ type: "error", errorText: failure });
        failed = true;
      }
      silence.stop();
      if (silence.timedOut) {
        send({ type: "error", errorText: "The tutor's model stopped responding, so this answer was cut off. What arrived has been saved; try again." });
        failed = true;
      }
      const status = finished && !failed ? "complete" : "interrupted";
      const cited = citedSources(text, context);
      // Saved before the stream ends, so that a reader whose answer could not be
      // kept is told so with it.
      const saved = await saveAnswer(db, {
        id: assistantId,
        conversationId,
        role: "assistant",
        parts: cited.text ? [{ type: "text", text: cited.text }] : [],
        sources: cited.sources,
        status,
      });
      const metadata: TutorMetadata = { sources: cited.sources, citations: cited.citations, status, ...(!saved && { saved: false }) };
      send({ type: "message-metadata", messageMetadata: metadata });
      // The stream ends as the database records it: a finish that says
      // "complete" only for a complete answer, even if the model's own finish
      // said otherwise or never came.
      send(
        status === "complete" && finish
          ? { ...finish, messageMetadata: metadata }
          : { type: "finish", finishReason: failed ? "error" : "interrupted", messageMetadata: metadata },
      );
      if (listening) controller.close();
    },
    cancel() {
      listening = false;
      abort.abort();
    },
  });

  return createUIMessageStreamResponse({
    stream: body,
    headers: {
      // Gzip on a stream flushed every few words costs CPU and saves nothing;
      // no-transform keeps `next start` (and proxies) from compressing it.
      "Cache-Control": "no-cache, no-transform",
      "Server-Timing": timing,
      "X-Conversation-Id": conversationId,
    },
  });
}
