import type { Book } from "@/lib/content/book";
import { chunkBook } from "./chunks";
import { buildLexicon, type Lexicon } from "./lexicon";
import { LocalRetriever } from "./local-retriever";
import { readWordVectors, WORD_VECTORS_FILE } from "./word-vectors";

export type LocalIndex = { retriever: LocalRetriever; lexicon: Lexicon };

/** The in-process retriever and the book's lexicon; without the vectors file retrieval is lexical only, and says so. */
export function buildLocalIndex(book: Book): LocalIndex {
  const vectors = readWordVectors();
  if (!vectors) {
    console.warn(`Word vectors not found (${WORD_VECTORS_FILE}): run \`npm run index\`. Retrieval is lexical only until then.`);
  }
  const chunks = chunkBook(book);
  return {
    retriever: new LocalRetriever(chunks, vectors),
    // The vectors' common words rank everyday English: never corrected into the book's jargon.
    lexicon: buildLexicon(chunks, (word) => vectors?.rank(word)),
  };
}
