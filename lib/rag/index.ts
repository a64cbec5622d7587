import "server-only";
import { getBook } from "@/lib/content";
import type { Book } from "@/lib/content/book";
import { env } from "@/lib/env";
import { buildLocalIndex, type LocalIndex } from "./build-local";
import type { Lexicon } from "./lexicon";
import type { Retriever } from "./types";
import { connectUpstash } from "./upstash";
import { UpstashRetriever } from "./upstash-retriever";

export type { Passage, Retriever } from "./types";

const globalForRag = globalThis as typeof globalThis & {
  __textbookLocal?: { book: Book; index: LocalIndex };
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
  return upstash ?? localIndex().retriever;
}

/** What the book says about its own words (spelling, acronyms, how rare each is), whichever retriever answers. */
export function getLexicon(): Lexicon {
  return localIndex().lexicon;
}

function localIndex(): LocalIndex {
  const book = getBook();
  if (globalForRag.__textbookLocal?.book !== book) globalForRag.__textbookLocal = { book, index: buildLocalIndex(book) };
  return globalForRag.__textbookLocal.index;
}
