import { countWords } from "@/lib/content/markdown";
import { sectionOf, SECTION_WORDS, type Passage, type Retriever, type SearchOptions } from "./types";
import type { UpstashStore } from "./upstash";

/** How many parts of one section are fetched when a section is returned whole. */
const MAX_PARTS = 4;

// Upstash reports cosine similarity as (1 + cos) / 2.
export const UPSTASH_THRESHOLD = 0.72;

/** Retrieval from Upstash Vector, with OpenAI embeddings or the index's hosted embedding model. */
export class UpstashRetriever implements Retriever {
  readonly name = "upstash";

  constructor(private readonly store: UpstashStore) {}

  async search(query: string, { k, chapterHint, followsSections = [], wholeSections }: SearchOptions): Promise<Passage[]> {
    const { index, embed } = this.store;
    // A follow-up's own words match less: fetch more, so the sections it continues can rise into the top k.
    const options = { topK: k + 2 + followsSections.length, includeMetadata: true } as const;
    const results = embed
      ? await index.query({ ...options, vector: (await embed([query]))[0]! })
      : await index.query({ ...options, data: query });
    const passages = results
      .filter((result) => result.metadata && result.score >= UPSTASH_THRESHOLD)
      .map((result) => ({
        id: String(result.id),
        chapter: result.metadata!.chapter,
        title: result.metadata!.title,
        heading: result.metadata!.heading,
        href: result.metadata!.href,
        text: result.metadata!.text,
        score: Math.min(
          1,
          result.score +
            (chapterHint && result.metadata!.chapter === chapterHint ? 0.01 : 0) +
            (followsSections.includes(sectionOf(String(result.id))) ? 0.02 : 0),
        ),
      }))
      .sort((a, b) => b.score - a.score);
    if (!wholeSections) return passages.slice(0, k);
    const sections = new Map<string, Passage>();
    for (const passage of passages) if (!sections.has(sectionOf(passage.id)) && sections.size < k) sections.set(sectionOf(passage.id), passage);
    return Promise.all([...sections].map(([base, passage]) => this.wholeSection(base, passage)));
  }

  /** The section's parts (the first, then "~2", "~3" …) joined up to SECTION_WORDS. */
  private async wholeSection(base: string, matched: Passage): Promise<Passage> {
    const ids = [base, ...Array.from({ length: MAX_PARTS - 1 }, (_, i) => `${base}~${i + 2}`)];
    const parts = await this.store.index.fetch(ids, { includeMetadata: true });
    let words = 0;
    const texts: string[] = [];
    const context = parts[0]?.metadata?.context;
    for (const part of parts) {
      const text = part?.metadata?.text;
      if (!text) continue;
      if (texts.length > 0 && words + countWords(text) > SECTION_WORDS) break;
      texts.push(text);
      words += countWords(text);
    }
    return { ...matched, id: base, text: texts.length > 0 ? texts.join("\n\n") : matched.text, ...(context && { context }) };
  }
}
