import { afterAll, describe, expect, it } from "vitest";
import { loadBook } from "@/lib/content/book";
import { parseEnv } from "@/lib/env";
import { chunkBook } from "@/lib/rag/chunks";
import { planIndex } from "@/lib/rag/manifest";
import { connectUpstash } from "@/lib/rag/upstash";
import { UpstashRetriever } from "@/lib/rag/upstash-retriever";
import { applyIndexPlan, storedManifest } from "@/lib/rag/upstash-sync";
import { startUpstashVectorServer } from "../support/upstash-vector-server";

const upstash = await startUpstashVectorServer();
afterAll(() => upstash.close());

const env = parseEnv({ UPSTASH_VECTOR_REST_URL: upstash.url, UPSTASH_VECTOR_REST_TOKEN: "test-token" });
const chunks = chunkBook(loadBook()).filter((chunk) => chunk.chapter.startsWith("ros2/"));

describe("Upstash Vector store (hosted embedding)", () => {
  it("uploads every chunk once, then only what changed, and deletes what is gone", async () => {
    const store = (await connectUpstash(env))!;
    expect(new UpstashRetriever(store).name).toBe("upstash");

    const first = planIndex(chunks, await storedManifest(store));
    expect(first.added).toBe(chunks.length);
    await applyIndexPlan(store, first);
    expect(upstash.vectors.size).toBe(chunks.length);
    expect(upstash.calls).toContain("upsert-data");

    const edited = chunks.slice(1).map((chunk, i) => (i === 0 ? { ...chunk, text: `${chunk.text} Edited.`, hash: "edited" } : chunk));
    const second = planIndex(edited, await storedManifest(store));
    expect(second).toMatchObject({ added: 0, changed: 1, remove: [chunks[0]!.id], unchanged: edited.length - 1 });
    upstash.calls.length = 0;
    await applyIndexPlan(store, second);
    expect(upstash.calls.filter((call) => call.startsWith("upsert"))).toHaveLength(1);
    expect(upstash.vectors.has(chunks[0]!.id)).toBe(false);
    expect(upstash.vectors.get(edited[0]!.id)?.metadata?.hash).toBe("edited");
  });

  it("returns passages with their deep links, best first", async () => {
    const retriever = new UpstashRetriever((await connectUpstash(env))!);
    const passages = await retriever.search("transient local durability late joining subscriber", { k: 3 });
    expect(passages.length).toBeGreaterThan(0);
    expect(passages[0]!.href).toMatch(/^\/learn\/ros2\/[a-z0-9-]+(#[a-z0-9-]+)?$/);
    expect(passages.map((p) => p.score)).toEqual([...passages.map((p) => p.score)].sort((a, b) => b - a));
  });

  it("is not used without both variables", async () => {
    expect(await connectUpstash(parseEnv({ UPSTASH_VECTOR_REST_URL: upstash.url }))).toBeNull();
  });
});
