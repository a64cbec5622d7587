import { createOpenAI } from "@ai-sdk/openai";
import { Index } from "@upstash/vector";
import { embedMany } from "ai";
import type { Env } from "@/lib/env";
import { UpstashRetriever, type Embed } from "./upstash-retriever";

export const EMBEDDING_MODEL = "text-embedding-3-small";

/** Upstash Vector when both its variables are set; embeddings from OpenAI when a key is set. */
export async function createUpstashRetriever(e: Env): Promise<UpstashRetriever | null> {
  if (!e.UPSTASH_VECTOR_REST_URL || !e.UPSTASH_VECTOR_REST_TOKEN) return null;
  const index = new Index({ url: e.UPSTASH_VECTOR_REST_URL, token: e.UPSTASH_VECTOR_REST_TOKEN });
  let embed: Embed = null;
  if (e.OPENAI_API_KEY) {
    const model = createOpenAI({ apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL }).embeddingModel(EMBEDDING_MODEL);
    embed = async (values) => (await embedMany({ model, values })).embeddings;
  } else {
    const info = await index.info();
    if (!info.denseIndex?.embeddingModel) {
      throw new Error(
        "The Upstash index has no hosted embedding model and OPENAI_API_KEY is not set: " +
          "create the index with an embedding model, or set OPENAI_API_KEY for text-embedding-3-small.",
      );
    }
  }
  return new UpstashRetriever(index as never, embed);
}
