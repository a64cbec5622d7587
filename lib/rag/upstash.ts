import { createOpenAI } from "@ai-sdk/openai";
import { Index } from "@upstash/vector";
import { embedMany } from "ai";
import type { Env } from "@/lib/env";
import { headingOf, type Chunk } from "./chunks";

export const EMBEDDING_MODEL = "text-embedding-3-small";

/** What each stored vector carries, so a result is a citable passage without a second lookup. */
export type UpstashMetadata = { chapter: string; title: string; heading: string; href: string; text: string; context?: string; hash: string };

/** Turns texts into vectors (OpenAI); null means the index embeds `data` itself. */
export type Embed = ((texts: string[]) => Promise<number[][]>) | null;

/** An Upstash Vector index and how texts become its vectors: shared by the retriever and the indexer. */
export type UpstashStore = { index: Index<UpstashMetadata>; embed: Embed };

/** The text a chunk is embedded from: where it sits in the book, then what it says. */
export const embeddable = (chunk: Chunk) => `${chunk.title} — ${headingOf(chunk)}\n\n${chunk.text}`;

/** Upstash Vector when both its variables are set; embeddings from OpenAI when a key is set. */
export async function connectUpstash(e: Env): Promise<UpstashStore | null> {
  if (!e.UPSTASH_VECTOR_REST_URL || !e.UPSTASH_VECTOR_REST_TOKEN) return null;
  const index = new Index<UpstashMetadata>({ url: e.UPSTASH_VECTOR_REST_URL, token: e.UPSTASH_VECTOR_REST_TOKEN });
  if (e.OPENAI_API_KEY) {
    const model = createOpenAI({ apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL }).embeddingModel(EMBEDDING_MODEL);
    return { index, embed: async (values) => (await embedMany({ model, values })).embeddings };
  }
  const info = await index.info();
  if (!info.denseIndex?.embeddingModel) {
    throw new Error(
      "The Upstash index has no hosted embedding model and OPENAI_API_KEY is not set: " +
        "create the index with an embedding model, or set OPENAI_API_KEY for text-embedding-3-small.",
    );
  }
  return { index, embed: null };
}
