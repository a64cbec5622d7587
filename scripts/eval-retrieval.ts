// `npm run eval`: recall@3 and MRR of the local retriever on tests/eval/retrieval.json.
import fs from "node:fs";
import { loadValidBook } from "../lib/content/load";
import { analyseQuestion } from "../lib/ai/question";
import { buildLocalIndex } from "../lib/rag/build-local";
import { evaluateRetriever, type EvalSet } from "../lib/rag/eval";

const TARGET_RECALL = 0.88;

async function main() {
  const set = JSON.parse(fs.readFileSync("tests/eval/retrieval.json", "utf8")) as EvalSet;
  const started = performance.now();
  const { retriever, lexicon } = buildLocalIndex(loadValidBook());
  const built = performance.now();
  // Questions go through the tutor's own reading: spelling, acronyms, follow-ups.
  const result = await evaluateRetriever(retriever, set, (question, previous) => analyseQuestion(question, previous ? [previous] : [], lexicon).searchText);
  const perQuery = (performance.now() - built) / (set.questions.length + set.offTopic.length);

  if (process.argv.includes("--verbose")) {
    for (const miss of result.misses) console.log(`miss: ${miss.question}\n  expected ${miss.expected}\n  got ${miss.got.join(", ") || "nothing"}`);
  }
  for (const off of result.offTopicRetrieved) console.log(`off-topic retrieved: ${off.question} → ${off.got.join(", ")}`);
  console.log(`Questions: ${result.questions}, off-topic: ${set.offTopic.length}`);
  console.log(`recall@3: ${result.recallAt3.toFixed(3)} (target ≥ ${TARGET_RECALL})`);
  console.log(`MRR@10:   ${result.mrr.toFixed(3)}`);
  console.log(`Off-topic questions with a passage above the threshold: ${result.offTopicRetrieved.length} of ${set.offTopic.length}`);
  console.log(`Index built in ${Math.round(built - started)} ms; ${perQuery.toFixed(1)} ms per query.`);
  if (result.recallAt3 < TARGET_RECALL || result.offTopicRetrieved.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
