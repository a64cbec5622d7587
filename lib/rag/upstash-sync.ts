import { headingOf } from "./chunks";
import type { IndexPlan, Manifest } from "./manifest";
import { embeddable, type UpstashStore } from "./upstash";

const BATCH = 96;

/** Every stored chunk id with the hash it was stored with. */
export async function storedManifest({ index }: UpstashStore): Promise<Manifest> {
  const manifest: Manifest = {};
  let cursor = "0";
  do {
    const page = await index.range({ cursor, limit: 1000, includeMetadata: true });
    for (const vector of page.vectors) manifest[String(vector.id)] = vector.metadata?.hash ?? "";
    cursor = page.nextCursor;
  } while (cursor && cursor !== "0");
  return manifest;
}

/** Uploads new and changed chunks, in batches, and deletes removed ones. */
export async function applyIndexPlan(
  { index, embed }: UpstashStore,
  plan: IndexPlan,
  onProgress: (done: number) => void = () => {},
): Promise<void> {
  for (let start = 0; start < plan.upsert.length; start += BATCH) {
    const batch = plan.upsert.slice(start, start + BATCH);
    const metadata = batch.map((chunk) => ({
      chapter: chunk.chapter,
      title: chunk.title,
      heading: headingOf(chunk),
      href: chunk.href,
      text: chunk.text,
      ...(chunk.context && { context: chunk.context }),
      hash: chunk.hash,
    }));
    if (embed) {
      const vectors = await embed(batch.map(embeddable));
      await index.upsert(batch.map((chunk, i) => ({ id: chunk.id, vector: vectors[i]!, metadata: metadata[i]! })));
    } else {
      await index.upsert(batch.map((chunk, i) => ({ id: chunk.id, data: embeddable(chunk), metadata: metadata[i]! })));
    }
    onProgress(start + batch.length);
  }
  if (plan.remove.length > 0) await index.delete(plan.remove);
}
