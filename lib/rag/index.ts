import "server-only";
import { getBook } from "@/lib/content";
import type { Book } from "@/lib/content/book";
import { env } from "@/lib/env";
import { buildLocalRetriever } from "./build-local";
import type { LocalRetriever } from "./local-retriever";
import type { Retriever } from "./types";
import { connectUpstash } from "./upstash";
import { UpstashRetriever } from "./upstash-retriever";

export type { Passage, Retriever } from "./types";

const globalForRag = globalThis as typeof globalThis & {
  __textbookLocal?: { book: Book; retriever: LocalRetriever };
  __textbookUpstash?: Promise<Retriever | null>;
};

/**
 * The tutor's retriever: Upstash Vector when configured, else the local one,
 * rebuilt whenever the book changes (in development, on the next request after a save).
 */
export async function getRetriever(): Promise<Retriever> {
  // A failed start (Upstash unreachable for a moment) is not remembered: the next request tries again.
  globalForRag.__textbookUpstash ??= connectUpstash(env()).then(
    (store) => store && new UpstashRetriever(store),
    (error: unknown) => {
      globalForRag.__textbookUpstash = undefined;
      throw error;
    },
  );
  const upstash = await globalForRag.__textbookUpstash;
  if (upstash) return upstash;
  const book = getBook();
  if (globalForRag.__textbookLocal?.book !== book) {
    globalForRag.__textbookLocal = { book, retriever: buildLocalRetriever(book) };
  }
  return globalForRag.__textbookLocal.retriever;
}
