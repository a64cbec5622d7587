import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import type { Root } from "mdast";
import { parseMdx, PARSER_VERSION } from "./markdown";

// Parsing the book's MDX is most of the time it takes to load it (seconds for
// the whole book on a busy machine, where everything else takes a fraction of
// one). So each page's tree is kept by the hash of its source: in memory, so
// that the dev server re-reads only the file that was saved, and on disk, so
// that `npm run index` (run before `next dev` and `next build`) leaves the
// trees for the server, and a restart parses only what changed.

/** Relative to the project root, beside the tutor's index; git-ignored. */
export const TREE_CACHE_DIR = ".generated/content-trees";

const globalForTrees = globalThis as typeof globalThis & {
  __textbookTrees?: { parser: string; trees: LRUCache<string, Root>; used: Set<string> };
};

/** The parser and its dependencies: another version of either makes every stored tree stale. */
function parserKey(): string {
  let lock = "";
  try {
    lock = fs.readFileSync(/*turbopackIgnore: true*/ path.join(process.cwd(), "package-lock.json"), "utf8");
  } catch {
    // No lockfile (a trimmed deployment): keyed by the parser version alone.
  }
  return crypto.createHash("sha256").update(PARSER_VERSION).update(lock).digest("hex");
}

function state() {
  // Room for the book three times over: every page, and the versions a dev session's saves leave behind.
  globalForTrees.__textbookTrees ??= { parser: parserKey(), trees: new LRUCache({ max: 150 }), used: new Set() };
  return globalForTrees.__textbookTrees;
}

const cacheDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), TREE_CACHE_DIR);

function readStored(file: string): Root | undefined {
  try {
    return JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as Root;
  } catch {
    return undefined;
  }
}

function store(file: string, tree: Root): void {
  try {
    fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
    // Written aside and renamed, so that a reader never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(/*turbopackIgnore: true*/ partial, JSON.stringify(tree));
    fs.renameSync(/*turbopackIgnore: true*/ partial, file);
  } catch {
    // A read-only file system (a serverless function) keeps the tree in memory only.
  }
}

/** `parseMdx(source)`, from the cache when this source was parsed before. Trees are shared: never change one. */
export function parseCached(source: string): Root {
  const { parser, trees, used } = state();
  const key = crypto.createHash("sha256").update(parser).update(source).digest("hex").slice(0, 32);
  used.add(key);
  const known = trees.get(key);
  if (known) return known;
  const file = path.join(/*turbopackIgnore: true*/ cacheDir(), `${key}.json`);
  let tree = readStored(file);
  if (!tree) {
    tree = parseMdx(source);
    store(file, tree);
  }
  trees.set(key, tree);
  return tree;
}

/** Deletes the stored trees this process has not used: run by `npm run index` after loading the whole book. */
export function pruneTreeCache(): number {
  const { used } = state();
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(/*turbopackIgnore: true*/ cacheDir());
  } catch {
    return 0;
  }
  for (const name of names) {
    if (used.has(name.replace(/\.json$/, ""))) continue;
    fs.rmSync(/*turbopackIgnore: true*/ path.join(cacheDir(), name), { force: true });
    removed++;
  }
  return removed;
}
