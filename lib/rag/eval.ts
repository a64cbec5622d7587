import type { Retriever } from "./types";

export type EvalSet = {
  /** `previous`: the question before it, for a follow-up that leans on it. */
  questions: { question: string; chapter: string; anchor: string; previous?: string }[];
  offTopic: string[];
};

/** What the tutor would search for, given a question and the one before it (spelling, acronyms, follow-ups). */
export type SearchText = (question: string, previous?: string) => string;

export type EvalResult = {
  questions: number;
  recallAt3: number;
  mrr: number;
  misses: { question: string; expected: string; got: string[] }[];
  offTopicRetrieved: { question: string; got: string[] }[];
};

/** recall@3 and MRR@10 of `retriever` on the labelled questions; off-topic ones must return nothing. */
export async function evaluateRetriever(retriever: Retriever, set: EvalSet, searchText: SearchText = (question) => question): Promise<EvalResult> {
  let hits = 0;
  let reciprocal = 0;
  const misses: EvalResult["misses"] = [];
  for (const { question, chapter, anchor, previous } of set.questions) {
    const passages = await retriever.search(searchText(question, previous), { k: 10 });
    const target = `${chapter}#${anchor}`;
    const rank = passages.findIndex((passage) => passage.id === target || passage.id.startsWith(`${target}~`));
    if (rank >= 0 && rank < 3) hits++;
    else misses.push({ question, expected: target, got: passages.slice(0, 3).map((p) => `${p.id} (${p.score})`) });
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  const offTopicRetrieved: EvalResult["offTopicRetrieved"] = [];
  for (const question of set.offTopic) {
    const passages = await retriever.search(searchText(question), { k: 3 });
    if (passages.length > 0) offTopicRetrieved.push({ question, got: passages.map((p) => `${p.id} (${p.score})`) });
  }
  return {
    questions: set.questions.length,
    recallAt3: hits / set.questions.length,
    mrr: reciprocal / set.questions.length,
    misses,
    offTopicRetrieved,
  };
}
