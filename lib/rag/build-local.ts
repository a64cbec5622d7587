import type { Book } from "@/lib/content/book";
import { chunkBook } from "./chunks";
import { LocalRetriever } from "./local-retriever";
import { readWordVectors, WORD_VECTORS_FILE } from "./word-vectors";

/** The in-process retriever for a book; without the vectors file it is lexical only, and says so. */
export function buildLocalRetriever(book: Book): LocalRetriever {
  const vectors = readWordVectors();
  if (!vectors) {
    console.warn(`Word vectors not found (${WORD_VECTORS_FILE}): run \`npm run index\`. Retrieval is lexical only until then.`);
  }
  return new LocalRetriever(chunkBook(book), vectors);
}
