import type { Index } from "@upstash/vector";
import { headingOf, type Chunk } from "./chunks";
import type { IndexPlan, Manifest } from "./manifest";
import type { Passage, Retriever, SearchOptions } from "./types";

type Metadata = { chapter: string; title: string; heading: string; href: string; text: string; hash: string };

/** Turns texts into vectors (OpenAI); null means the index embeds `data` itself. */
export type Embed = ((texts: string[]) => Promise<number[][]>) | null;

// Upstash reports cosine similarity as (1 + cos) / 2.
export const UPSTASH_THRESHOLD = 0.72;
const BATCH = 96;

const embeddable = (chunk: Chunk) => `${chunk.title} — ${headingOf(chunk)}\n\n${chunk.text}`;

/** Retrieval from Upstash Vector, with OpenAI embeddings or the index's hosted embedding model. */
export class UpstashRetriever implements Retriever {
  readonly name = "upstash";

  constructor(
    private readonly index: Index<Metadata>,
    private readonly embed: Embed,
  ) {}

  async search(query: string, { k, chapterHint }: SearchOptions): Promise<Passage[]> {
    const options = { topK: k + 2, includeMetadata: true } as const;
    const results = this.embed
      ? await this.index.query({ ...options, vector: (await this.embed([query]))[0]! })
      : await this.index.query({ ...options, data: query });
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

  /** Every stored chunk id with the hash it was stored with. */
  async stored(): Promise<Manifest> {
    const manifest: Manifest = {};
    let cursor = "0";
    do {
      const page = await this.index.range({ cursor, limit: 1000, includeMetadata: true });
      for (const vector of page.vectors) manifest[String(vector.id)] = vector.metadata?.hash ?? "";
      cursor = page.nextCursor;
    } while (cursor && cursor !== "0");
    return manifest;
  }

  /** Uploads new and changed chunks, in batches, and deletes removed ones. */
  async apply(plan: IndexPlan, onProgress: (done: number) => void = () => {}): Promise<void> {
    for (let start = 0; start < plan.upsert.length; start += BATCH) {
      const batch = plan.upsert.slice(start, start + BATCH);
      const metadata = batch.map((chunk) => ({
        chapter: chunk.chapter,
        title: chunk.title,
        heading: headingOf(chunk),
        href: chunk.href,
        text: chunk.text,
        hash: chunk.hash,
      }));
      if (this.embed) {
        const vectors = await this.embed(batch.map(embeddable));
        await this.index.upsert(batch.map((chunk, i) => ({ id: chunk.id, vector: vectors[i]!, metadata: metadata[i]! })));
      } else {
        await this.index.upsert(batch.map((chunk, i) => ({ id: chunk.id, data: embeddable(chunk), metadata: metadata[i]! })));
      }
      onProgress(start + batch.length);
    }
    if (plan.remove.length > 0) await this.index.delete(plan.remove);
  }
}
