import "server-only";
import { createUIMessageStreamResponse, streamText, type ModelMessage, type UIMessageChunk } from "ai";
import type { Database } from "@/db/client";
import { questionsSince, saveMessage, type Source, type StoredMessage } from "@/db/queries/chat";
import type { ChatRequest } from "@/app/api/chat/schema";
import { getPage } from "@/lib/content";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/http";
import { getRetriever } from "@/lib/rag";
import type { NumberedPassage, TutorContext } from "./context";
import { tutorSystemPrompt } from "./prompts";
import { isOffline, tutorModel } from "./providers";
import { messageText, type TutorMetadata } from "./tutor-message";

const HOUR = 60 * 60 * 1000;
/** Earlier messages the model sees; older ones fall out of its context. */
export const HISTORY_MESSAGES = 12;

/** Refuses a question over the hourly limit (lower for guests) with 429 and when to retry. */
export async function enforceQuestionLimit(db: Database, userId: string, guest: boolean, e: Env): Promise<void> {
  const limit = guest ? e.GUEST_MESSAGES_PER_HOUR : e.CHAT_MESSAGES_PER_HOUR;
  const { total, oldest } = await questionsSince(db, userId, new Date(Date.now() - HOUR));
  if (total < limit) return;
  const retryAfter = Math.max(1, Math.ceil(((oldest?.getTime() ?? Date.now()) + HOUR - Date.now()) / 1000));
  const minutes = Math.ceil(retryAfter / 60);
  throw new AppError(
    429,
    `You have asked ${limit} questions in the last hour${guest ? " as a guest" : ""}. ` +
      `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}${guest ? ", or sign up for a higher limit" : ""}.`,
    undefined,
    retryAfter,
  );
}

/** The passages an answer may use: the reader's selection alone, or the book's best matches. */
export async function findPassages(body: ChatRequest, e: Env): Promise<NumberedPassage[]> {
  if (body.selection) {
    const page = body.selection.chapter ? getPage(body.selection.chapter) : null;
    return [
      {
        n: 1,
        chapter: body.selection.chapter ?? "",
        title: page?.frontmatter.title ?? "Your selection",
        heading: body.selection.heading ?? "Selected text",
        href: page?.href ?? "/learn",
        text: body.selection.text,
      },
    ];
  }
  const found = await (await getRetriever()).search(body.message.text, { k: e.RAG_TOP_K, chapterHint: body.chapter });
  return found.map((passage, index) => ({ n: index + 1, ...passage }));
}

export const sourcesOf = (context: TutorContext): Source[] =>
  context.passages.map(({ n, chapter, title, heading, href }) => ({ n, chapter, title, heading, href }));

/** Earlier turns as model messages; the answer to the new question is not among them yet. */
export function historyForModel(history: StoredMessage[]): ModelMessage[] {
  return history.slice(-HISTORY_MESSAGES).flatMap((message): ModelMessage[] => {
    const text = messageText(message.parts as { type: string; text?: string }[]);
    if (!text) return [];
    return [message.role === "user" ? { role: "user", content: text } : { role: "assistant", content: text }];
  });
}

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
