// `npm run index`: chunks the book and brings the tutor's index up to date,
// sending only chunks that are new or changed and deleting ones that are gone.
// With UPSTASH_VECTOR_REST_URL/_TOKEN set it updates Upstash Vector; otherwise
// it prepares the local retriever's artifacts (lib/rag/artifacts.ts).
// With --dev (before `next dev`) a book with problems is indexed as it is, and
// the problems listed: the dev server shows each on its page, and the build
// (without the flag) refuses them; and when nothing the local index is made
// from has changed since the last run, it stops there, so that a dev server
// starts without reading the book twice.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ContentError } from "../lib/content/check";
import { contentDir, loadTranslation } from "../lib/content/book";
import { loadCheckedBook, loadValidBook } from "../lib/content/load";
import { pruneTreeCache } from "../lib/content/tree-cache";
import { parseEnv } from "../lib/env";
import { artifactPath } from "../lib/rag/artifacts";
import { chunkBook, chunkWords } from "../lib/rag/chunks";
import { planIndex, readManifest, writeManifest, type IndexPlan } from "../lib/rag/manifest";
import { ensureWordVectors } from "../lib/rag/prepare-word-vectors";
import { WORD_VECTORS_FILE } from "../lib/rag/word-vectors";
import { connectUpstash } from "../lib/rag/upstash";
import { applyIndexPlan, storedManifest } from "../lib/rag/upstash-sync";

const DEV = process.argv.includes("--dev");
const INPUTS_STAMP = artifactPath(".generated/rag/inputs.sha256");

/** A hash of the chapters and of the code and dependencies that chunk them: what the local index is made from. */
function inputsFingerprint(): string {
  const hash = crypto.createHash("sha256");
  const dirs = [contentDir(), path.resolve("lib/content"), path.resolve("lib/rag")];
  const files = dirs.flatMap((dir) =>
    fs
      .readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((name) => /\.(mdx|ts)$/.test(name))
      .sort()
      .map((name) => path.join(dir, name)),
  );
  for (const file of [...files, path.resolve("package-lock.json")]) hash.update(file).update(fs.readFileSync(file));
  return hash.digest("hex");
}

async function main() {
  const started = performance.now();
  const upstash = await connectUpstash(parseEnv());
  const inputs = upstash ? "" : inputsFingerprint();
  const built = fs.existsSync(WORD_VECTORS_FILE) && fs.existsSync(INPUTS_STAMP);
  if (DEV && !upstash && built && fs.readFileSync(INPUTS_STAMP, "utf8") === inputs) {
    console.log("Tutor index up to date: nothing it is made from has changed since `npm run index`.");
    return;
  }
  const book = DEV ? loadCheckedBook() : loadValidBook();
  if (book.problems.length > 0) console.warn(new ContentError(book.problems).message);
  // The Urdu pages are parsed too, so that their trees are kept with the English ones.
  loadTranslation(book, "ur");
  // The pages' parsed trees are stored as they are now, for the server to load instead of parsing.
  pruneTreeCache();
  const chunks = chunkBook(book);
  console.log(`Chunked ${book.pages.length} pages into ${chunks.length} chunks.`);

  let where: string;
  let plan: IndexPlan;
  if (upstash) {
    plan = planIndex(chunks, await storedManifest(upstash));
    console.log(`Upstash Vector: uploading ${plan.upsert.length}, deleting ${plan.remove.length} …`);
    const total = plan.upsert.length;
    await applyIndexPlan(upstash, plan, (done) => console.log(`  ${done}/${total} uploaded`));
    where = "Upstash Vector";
  } else {
    const words = new Set(chunks.flatMap(chunkWords));
    console.log(`Word vectors for the local retriever: ${ensureWordVectors(words)}.`);
    plan = planIndex(chunks, readManifest());
    writeManifest(chunks);
    fs.writeFileSync(INPUTS_STAMP, inputs);
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
