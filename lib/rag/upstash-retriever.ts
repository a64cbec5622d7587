import type { Passage, Retriever, SearchOptions } from "./types";
import type { UpstashStore } from "./upstash";

// Upstash reports cosine similarity as (1 + cos) / 2.
export const UPSTASH_THRESHOLD = 0.72;

/** Retrieval from Upstash Vector, with OpenAI embeddings or the index's hosted embedding model. */
export class UpstashRetriever implements Retriever {
  readonly name = "upstash";

  constructor(private readonly store: UpstashStore) {}

  async search(query: string, { k, chapterHint }: SearchOptions): Promise<Passage[]> {
    const { index, embed } = this.store;
    const options = { topK: k + 2, includeMetadata: true } as const;
    const results = embed
      ? await index.query({ ...options, vector: (await embed([query]))[0]! })
      : await index.query({ ...options, data: query });
    return results
      .filter((result) => result.metadata && result.score >= UPSTASH_THRESHOLD)
      .map((result) => ({
        id: String(result.id),
        chapter: result.metadata!.chapter,
        title: result.metadata!.title,
        heading: result.metadata!.heading,
        href: result.metadata!.href,
        text: result.metadata!.text,
        score: Math.min(1, result.score + (chapterHint && result.metadata!.chapter === chapterHint ? 0.01 : 0)),
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
  }
}
