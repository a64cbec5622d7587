import path from "node:path";

// Build output of `npm run index`, made from content/ and never user data: it
// lives apart from DATA_DIR (so resetting a database keeps it, and a server
// with its own DATA_DIR still finds it) and is git-ignored. The indexer writes
// these files, the retriever reads them, and next.config.ts ships them with
// the serverless functions that retrieve.

/** Relative to the project root, as next.config.ts's file tracing wants them. */
export const RAG_ARTIFACTS = {
  wordVectors: ".generated/rag/word-vectors.bin",
  manifest: ".generated/rag/manifest.json",
} as const;

export const artifactPath = (file: string) => path.join(/*turbopackIgnore: true*/ process.cwd(), file);
