import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBook } from "@/lib/content/book";
import { analyseQuestion } from "@/lib/ai/question";
import { buildLocalIndex } from "@/lib/rag/build-local";
import { chunkBook, groupBlocks } from "@/lib/rag/chunks";
import { evaluateRetriever, type EvalSet } from "@/lib/rag/eval";
import { planIndex } from "@/lib/rag/manifest";
import { parseEnv } from "@/lib/env";
import { decodeWordVectors, encodeWordVectors, readWordVectors, WORD_VECTORS_FILE } from "@/lib/rag/word-vectors";

const book = loadBook();
const chunks = chunkBook(book);

describe("chunking", () => {
  it("gives every chunk a unique, stable id that deep-links to its section", () => {
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
    expect(chunkBook(loadBook()).map((c) => `${c.id}:${c.hash}`)).toEqual(chunks.map((c) => `${c.id}:${c.hash}`));
    const qos = chunks.find((c) => c.id === "ros2/architecture-dds-qos#durability")!;
    expect(qos.href).toBe("/learn/ros2/architecture-dds-qos#durability");
    expect(qos.headingPath).toEqual(["Quality of Service", "Durability"]);
    expect(qos.title).toBe(book.bySlug.get("ros2/architecture-dds-qos")!.frontmatter.title);
  });

  it("leaves reading lists out: they name other works and answer nothing", () => {
    expect(chunks.filter((c) => c.headingPath.at(-1) === "Further reading")).toEqual([]);
    expect(chunks.some((c) => c.id === "isaac/rl-sim-to-real#summary")).toBe(true);
  });

  it("keeps code, strips JSX tags, and never cuts a code block", () => {
    const withCode = chunks.filter((c) => c.text.includes("```python"));
    expect(withCode.length).toBeGreaterThan(20);
    for (const chunk of chunks) {
      expect((chunk.text.match(/```/g) ?? []).length % 2, chunk.id).toBe(0);
      expect(chunk.text, chunk.id).not.toMatch(/<(Callout|Tabs|Tab|Quiz|Exercise|Solution|ForBackground|Steps|Step)\b/);
    }
  });

  it("gives an h3 section its h2's short introduction as context, and nothing else", () => {
    const mount = chunks.find((c) => c.id === "ros2/tf2-and-rviz#static-transforms-sensor-mounts")!;
    expect(mount.context).toContain("`/tf_static` carries **static** transforms");
    expect(mount.text).not.toContain("/tf_static` carries");
    expect(chunks.filter((c) => c.id.includes("~") || c.headingPath.length < 2).every((c) => c.context === undefined)).toBe(true);
  });

  it("splits long sections at block boundaries, each part within the size limit unless one block is larger", () => {
    expect(chunks.filter((c) => c.id.includes("~")).length).toBeGreaterThan(0);
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
    const code = "```python\n" + Array.from({ length: 400 }, (_, i) => `x${i} = ${i}`).join("\n") + "\n```";
    const groups = groupBlocks([words(200), words(100), words(100), code, words(50)]);
    expect(groups.map((group) => group.length)).toEqual([2, 1, 1, 1]);
    expect(groups[2]).toEqual([code]);
  });
});

describe("incremental indexing", () => {
  it("sends only new and changed chunks and deletes the ones that are gone", () => {
    const stored = Object.fromEntries(chunks.map((c) => [c.id, c.hash]));
    expect(planIndex(chunks, stored)).toMatchObject({ upsert: [], remove: [], unchanged: chunks.length });

    const edited = chunks.map((c, i) => (i === 0 ? { ...c, text: `${c.text} More.`, hash: "changed" } : c)).slice(0, -1);
    const added = { ...chunks[1]!, id: "new/chapter#top", hash: "new" };
    const plan = planIndex([...edited, added], stored);
    expect(plan.upsert.map((c) => c.id)).toEqual([chunks[0]!.id, "new/chapter#top"]);
    expect(plan.added).toBe(1);
    expect(plan.changed).toBe(1);
    expect(plan.remove).toEqual([chunks.at(-1)!.id]);
  });
});

describe("word vectors", () => {
  it("round-trip through the compact int8 file within quantisation error", () => {
    const vectors = [
      [0.1, -0.5, 0.25, 0.9],
      [-1, 0, 0.5, 0.5],
    ];
    const decoded = decodeWordVectors(encodeWordVectors(["alpha", "beta"], vectors, 4, "test"));
    const alpha = decoded.get("alpha")!;
    const norm = Math.hypot(...vectors[0]!);
    vectors[0]!.forEach((value, i) => expect(alpha[i]!).toBeCloseTo(value / norm, 2));
    expect(decoded.get("gamma")).toBeUndefined();
  });
});

describe("local retrieval quality (tests/eval/retrieval.json)", () => {
  const set = JSON.parse(fs.readFileSync("tests/eval/retrieval.json", "utf8")) as EvalSet;

  it("has word vectors built by `npm run index`", () => {
    expect(readWordVectors(), "run `npm run index` first").not.toBeNull();
  });

  it("finds the answering section in the top 3 for at least 88% of the questions (typos and follow-ups too), and nothing for off-topic ones", async () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(140);
    const { retriever, lexicon } = buildLocalIndex(book);
    const result = await evaluateRetriever(retriever, set, (question, previous) => analyseQuestion(question, previous ? [previous] : [], lexicon).searchText);
    expect(result.recallAt3).toBeGreaterThanOrEqual(0.88);
    expect(result.offTopicRetrieved).toEqual([]);
  });

  it("answers short questions made of the book's own terms, and still nothing for generic words", async () => {
    const retriever = buildLocalIndex(book).retriever;
    const short: [string, string][] = [
      ["reliability durability", "ros2/architecture-dds-qos"],
      ["QoS", "ros2/architecture-dds-qos"],
      ["nav2", "isaac/nav2-navigation"],
      ["zero moment point", "humanoid/bipedal-locomotion-balance"],
      ["domain randomization", "isaac/rl-sim-to-real"],
      ["URDF joints", "ros2/urdf-for-humanoids"],
    ];
    for (const [question, chapter] of short) {
      const found = await retriever.search(question, { k: 3 });
      expect(found.map((passage) => passage.chapter), question).toContain(chapter);
    }
    for (const question of ["weather", "Apple share price"]) expect(await retriever.search(question, { k: 3 }), question).toEqual([]);
  });

  it("does not correct a reader's joined spelling of a hyphenated word (\"wifi\" is not \"wiki\")", () => {
    const { lexicon } = buildLocalIndex(book);
    expect(analyseQuestion("what if multicast is blocked on the campus wifi?", [], lexicon).corrected).toContain("wifi");
    expect(analyseQuestion("what is the linar inverted pendlum", [], lexicon).corrected).toContain("linear inverted pendulum");
  });

  it("uses the open chapter as a tie-breaker", async () => {
    const retriever = buildLocalIndex(book).retriever;
    const question = "How do I check which QoS settings a topic's publishers offer?";
    const hinted = await retriever.search(question, { k: 3, chapterHint: "ros2/architecture-dds-qos" });
    expect(hinted[0]!.chapter).toBe("ros2/architecture-dds-qos");
  });
  it("lets a follow-up continue the sections the previous answer cited", async () => {
    const retriever = buildLocalIndex(book).retriever;
    const followUp = "Which Whisper model is a good default on a Jetson Orin? and if the robot has no GPU at all?";
    const cited = "vla/voice-to-action-whisper#model-sizes";
    const alone = await retriever.search(followUp, { k: 5, wholeSections: true });
    const continued = await retriever.search(followUp, { k: 5, wholeSections: true, followsSections: [cited] });
    expect(alone[0]!.id).not.toBe(cited);
    expect(continued[0]!.id).toBe(cited);
  });
});

describe("the index's artifacts", () => {
  it("live apart from the data folder, so a fresh DATA_DIR still retrieves with word vectors", () => {
    const dataDir = path.resolve(parseEnv({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "data-")) }).DATA_DIR);
    expect(path.relative(dataDir, WORD_VECTORS_FILE).startsWith("..")).toBe(true);
    expect(path.relative(path.resolve(".data"), WORD_VECTORS_FILE).startsWith("..")).toBe(true);
    expect(readWordVectors()).not.toBeNull();
  });
});
