import MiniSearch from "minisearch";
import { countWords } from "@/lib/content/markdown";
import { chunkWords, headingOf, type Chunk } from "./chunks";
import { contentStems, contentWords, indexTerm, stem } from "./terms";
import { sectionOf, SECTION_WORDS, type Passage, type Retriever, type SearchOptions } from "./types";
import type { WordVectors } from "./word-vectors";

// Weights and thresholds were tuned on tests/eval/retrieval.json (`npm run eval`).
const LEXICAL_WEIGHT = 0.7;
const SEMANTIC_WEIGHT = 1 - LEXICAL_WEIGHT;
/** A BM25 score of this size maps to 0.5 on the lexical scale. */
const LEXICAL_HALF = 100;
/**
 * Below this lexical score a passage is not about the question, whatever its
 * word vectors say: off-topic questions share a few generic words with the
 * book but never its terms. A short question ("reliability durability") cannot
 * reach it, so a passage containing every content word of the question counts
 * too; off-topic questions match at most half of theirs in any passage.
 */
export const LEXICAL_THRESHOLD = 0.35;
const CHAPTER_HINT_BONUS = 0.03;
// A follow-up continues the sections its previous answer used, or at least their chapters.
const FOLLOWED_SECTION_BONUS = 0.12;
const FOLLOWED_CHAPTER_BONUS = 0;

type Embedded = { chunk: Chunk; vector: Float32Array | null };

function normaliseOrNull(vector: Float32Array | null): Float32Array | null {
  if (!vector) return null;
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm === 0) return null;
  for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}

const dot = (a: Float32Array, b: Float32Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

/**
 * The default retriever: BM25 (MiniSearch, over stemmed title, heading and
 * text) blended with the cosine similarity of IDF-weighted mean word vectors.
 * Everything is in memory and built from content/ in well under a second.
 */
export class LocalRetriever implements Retriever {
  readonly name = "local";
  private readonly lexical: MiniSearch<Chunk>;
  private readonly embedded: Embedded[];
  private readonly idf = new Map<string, number>();
  private readonly vocabulary = new Set<string>();
  private readonly mean: Float32Array | null = null;
  /** Every section's parts in reading order. */
  private readonly sections = new Map<string, Chunk[]>();

  constructor(
    chunks: Chunk[],
    private readonly vectors: WordVectors | null,
  ) {
    this.lexical = new MiniSearch<Chunk>({
      idField: "id",
      fields: ["title", "heading", "text"],
      extractField: (chunk, field) => (field === "heading" ? chunk.headingPath.join(" ") : String(chunk[field as keyof Chunk])),
      processTerm: indexTerm,
      searchOptions: { boost: { title: 1.2, heading: 2 }, processTerm: indexTerm },
    });
    this.lexical.addAll(chunks);
    for (const chunk of chunks) {
      const base = sectionOf(chunk.id);
      this.sections.set(base, [...(this.sections.get(base) ?? []), chunk]);
    }

    const documentFrequency = new Map<string, number>();
    const wordLists = chunks.map((chunk) => {
      const list = chunkWords(chunk);
      for (const word of new Set(list)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
      for (const word of list) this.vocabulary.add(stem(word));
      return list;
    });
    for (const [word, count] of documentFrequency) this.idf.set(word, Math.log(1 + chunks.length / count));

    const unit = wordLists.map((list) => normaliseOrNull(this.meanVector(list)));
    // Averaged word vectors share a common direction; removing the corpus mean
    // spreads cosine similarities so that they discriminate.
    const present = unit.filter((vector): vector is Float32Array => vector !== null);
    if (vectors && present.length > 0) {
      const mean = new Float32Array(vectors.dims);
      for (const vector of present) for (let i = 0; i < mean.length; i++) mean[i]! += vector[i]! / present.length;
      this.mean = mean;
    }
    this.embedded = chunks.map((chunk, index) => ({ chunk, vector: this.center(unit[index]!) }));
  }

  private meanVector(list: string[]): Float32Array | null {
    if (!this.vectors) return null;
    const sum = new Float32Array(this.vectors.dims);
    let weight = 0;
    for (const word of list) {
      const vector = this.vectors.get(word);
      if (!vector) continue;
      // A query word the book never uses is as rare as a word can be.
      const w = this.idf.get(word) ?? Math.log(1 + this.lexical.documentCount);
      for (let i = 0; i < sum.length; i++) sum[i]! += vector[i]! * w;
      weight += w;
    }
    return weight > 0 ? sum : null;
  }

  /** Unit vector minus the corpus mean, renormalised. */
  private center(vector: Float32Array | null): Float32Array | null {
    const copy = normaliseOrNull(vector && Float32Array.from(vector));
    if (!copy || !this.mean) return copy;
    for (let i = 0; i < copy.length; i++) copy[i]! -= this.mean[i]!;
    return normaliseOrNull(copy);
  }

  async search(query: string, { k, chapterHint, followsSections = [], wholeSections }: SearchOptions): Promise<Passage[]> {
    const queryWords = contentWords(query);
    // A question that shares no vocabulary with the book is not about it.
    const queryTerms = new Set(contentStems(query));
    if (![...queryTerms].some((term) => this.vocabulary.has(term))) return [];

    const matches = new Map(this.lexical.search(query, { combineWith: "OR" }).map((result) => [result.id as string, result]));
    const queryVector = this.center(this.meanVector(queryWords));
    const followed = new Set(followsSections);
    const followedChapters = new Set(followsSections.map((id) => id.split("#")[0]));

    const scored = this.embedded.flatMap(({ chunk, vector }) => {
      const match = matches.get(chunk.id);
      if (!match) return [];
      const lexical = match.score / (match.score + LEXICAL_HALF);
      if (lexical < LEXICAL_THRESHOLD && new Set(match.queryTerms).size < queryTerms.size) return [];
      const semantic = queryVector && vector ? Math.max(0, dot(queryVector, vector)) : 0;
      const blended = queryVector ? LEXICAL_WEIGHT * lexical + SEMANTIC_WEIGHT * semantic : lexical;
      const hint =
        (chapterHint && chunk.chapter === chapterHint ? CHAPTER_HINT_BONUS : 0) +
        (followed.has(sectionOf(chunk.id)) ? FOLLOWED_SECTION_BONUS : followedChapters.has(chunk.chapter) ? FOLLOWED_CHAPTER_BONUS : 0);
      return [{ chunk, score: Math.min(1, blended + hint) }];
    });

    scored.sort((a, b) => b.score - a.score);
    const seen = new Set<string>();
    const results: Passage[] = [];
    for (const { chunk, score } of scored) {
      if (results.length === k) break;
      const base = sectionOf(chunk.id);
      if (wholeSections && seen.has(base)) continue;
      seen.add(base);
      results.push({
        id: wholeSections ? base : chunk.id,
        chapter: chunk.chapter,
        title: chunk.title,
        heading: headingOf(chunk),
        href: chunk.href,
        text: wholeSections ? this.sectionText(base, chunk) : chunk.text,
        ...(wholeSections && this.sections.get(base)?.[0]?.context && { context: this.sections.get(base)![0]!.context }),
        score: Math.round(score * 1000) / 1000,
      });
    }
    return results;
  }

  /** A section's parts joined, from its first, up to SECTION_WORDS; always including the part that matched. */
  private sectionText(base: string, matched: Chunk): string {
    const parts = this.sections.get(base) ?? [matched];
    const kept: Chunk[] = [];
    let words = 0;
    for (const part of parts) {
      const size = countWords(part.text);
      if (kept.length > 0 && words + size > SECTION_WORDS && part !== matched) {
        if (kept.includes(matched)) break;
        continue;
      }
      kept.push(part);
      words += size;
    }
    return kept.map((part) => part.text).join("\n\n");
  }
}
