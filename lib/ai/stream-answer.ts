import "server-only";
import { createUIMessageStreamResponse, streamText, type UIMessageChunk } from "ai";
import type { Database } from "@/db/client";
import { saveMessage, type StoredMessage } from "@/db/queries/chat";
import type { Env } from "@/lib/env";
import type { TutorContext } from "./context";
import { historyForModel } from "./history";
import { sourcesOf } from "./passages";
import { tutorSystemPrompt } from "./prompts";
import { isOffline, tutorModel } from "./providers";
import type { TutorMetadata } from "./tutor-message";

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

/**
 * Streams the answer as a UI-message stream and saves it when it ends: complete,
 * or, after a client disconnect or a model failure, whatever arrived marked
 * "interrupted". The model stream is read here rather than by the client, so
 * the save happens whether or not anyone is still listening.
 */
export function streamAnswer({ db, e, request, conversationId, context, history, timing }: StreamInput): Response {
  const assistantId = crypto.randomUUID();
  const sources = sourcesOf(context);
  const abort = new AbortController();
  request.signal.addEventListener("abort", () => abort.abort(), { once: true });

  const result = streamText({
    model: tutorModel(e, context),
    system: tutorSystemPrompt(context),
    messages: [...historyForModel(history), { role: "user", content: context.question }],
    abortSignal: abort.signal,
  });
  const metadata: TutorMetadata = { conversationId, sources, offline: isOffline(e) };
  const failure = "The tutor could not finish this answer. What arrived has been saved; try again.";
  const source = result.toUIMessageStream({
    generateMessageId: () => assistantId,
    messageMetadata: ({ part }) => (part.type === "start" ? metadata : part.type === "finish" ? { status: "complete" } : undefined),
    onError: () => failure,
  });

  let listening = true;
  const body = new ReadableStream<UIMessageChunk>({
    async start(controller) {
      let text = "";
      let finished = false;
      let failed = false;
      try {
        for await (const chunk of source) {
          if (chunk.type === "text-delta") text += chunk.delta;
          else if (chunk.type === "error" || chunk.type === "abort") failed = true;
          else if (chunk.type === "finish") finished = true;
          if (listening) controller.enqueue(chunk);
        }
      } catch {
        // A stream that breaks (a dropped connection to the model) tells the reader too.
        if (listening && !failed) controller.enqueue({ type: "error", errorText: failure });
        failed = true;
      }
      const status = finished && !failed ? "complete" : "interrupted";
      try {
        await saveMessage(db, {
          id: assistantId,
          conversationId,
          role: "assistant",
          parts: text ? [{ type: "text", text }] : [],
          sources,
          status,
        });
      } catch (error) {
        console.error("Saving the tutor's answer failed:", error);
      }
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
