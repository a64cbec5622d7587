import fs from "node:fs";
import path from "node:path";
import { artifactPath, RAG_ARTIFACTS } from "./artifacts";
import type { Chunk } from "./chunks";

/** What the last `npm run index` stored: chunk id → content hash. */
export type Manifest = Record<string, string>;

export type IndexPlan = { upsert: Chunk[]; remove: string[]; unchanged: number; added: number; changed: number };

/** Compares the book's chunks with what a store holds; only differences are sent. */
export function planIndex(chunks: Chunk[], stored: Manifest): IndexPlan {
  const current = new Set(chunks.map((chunk) => chunk.id));
  const upsert = chunks.filter((chunk) => stored[chunk.id] !== chunk.hash);
  const added = upsert.filter((chunk) => stored[chunk.id] === undefined).length;
  return {
    upsert,
    remove: Object.keys(stored).filter((id) => !current.has(id)),
    unchanged: chunks.length - upsert.length,
    added,
    changed: upsert.length - added,
  };
}

/** What the local index last held, so `npm run index` can say what changed. */
export const LOCAL_MANIFEST = artifactPath(RAG_ARTIFACTS.manifest);

export function readManifest(file = LOCAL_MANIFEST): Manifest {
  try {
    return JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as Manifest;
  } catch {
    return {};
  }
}

export function writeManifest(chunks: Chunk[], file = LOCAL_MANIFEST) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(Object.fromEntries(chunks.map((chunk) => [chunk.id, chunk.hash])), null, 1));
}
