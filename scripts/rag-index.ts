// `npm run index`: chunks the book and brings the tutor's index up to date,
// sending only chunks that are new or changed and deleting ones that are gone.
// With UPSTASH_VECTOR_REST_URL/_TOKEN set it updates Upstash Vector; otherwise
// it prepares the local retriever (word vectors and the manifest in .data/rag).
import { loadBook } from "../lib/content/book";
import { checkBook, ContentError } from "../lib/content/check";
import { parseEnv } from "../lib/env";
import { chunkBook, chunkWords } from "../lib/rag/chunks";
import { planIndex, readManifest, writeManifest } from "../lib/rag/manifest";
import { createUpstashRetriever } from "../lib/rag/upstash";
import { ensureWordVectors } from "./build-word-vectors";

async function main() {
  const started = performance.now();
  const book = loadBook();
  const problems = checkBook(book);
  if (problems.length > 0) throw new ContentError(problems);
  const chunks = chunkBook(book);
  console.log(`Chunked ${book.pages.length} pages into ${chunks.length} chunks.`);

  const upstash = await createUpstashRetriever(parseEnv());
  let where: string;
  let plan;
  if (upstash) {
    plan = planIndex(chunks, await upstash.stored());
    console.log(`Upstash Vector: uploading ${plan.upsert.length}, deleting ${plan.remove.length} …`);
    await upstash.apply(plan, (done) => console.log(`  ${done}/${plan!.upsert.length} uploaded`));
    where = "Upstash Vector";
  } else {
    const words = new Set(chunks.flatMap(chunkWords));
    console.log(`Word vectors for the local retriever: ${ensureWordVectors(words)}.`);
    plan = planIndex(chunks, readManifest());
    writeManifest(chunks);
    where = "local index";
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Indexed ${chunks.length} chunks total: ${plan.added} new, ${plan.changed} changed, ${plan.remove.length} removed, ` +
      `${plan.unchanged} unchanged (${where}) in ${seconds}s.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
