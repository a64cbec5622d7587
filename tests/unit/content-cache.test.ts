import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadBook } from "@/lib/content/book";
import * as markdown from "@/lib/content/markdown";
import { parseCached, TREE_CACHE_DIR } from "@/lib/content/tree-cache";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cached-book-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const chapter = (title: string, order: number) => `---
title: "${title}"
description: "A chapter."
order: ${order}
objectives:
  - "Read it"
estimatedMinutes: 5
tags: []
---

## First section ${Math.random()}

<Quiz id="q-${order}" question="Which?" options={["A", "B"]} answer={1} explanation="Because." />
`;

vi.mock("@/lib/content/markdown", { spy: true });

describe("parsed pages are kept by their source", () => {
  it("re-parses only the file that changed", () => {
    fs.mkdirSync(path.join(dir, "m"));
    for (let i = 1; i <= 3; i++) fs.writeFileSync(path.join(dir, "m", `c${i}.mdx`), chapter(`C${i}`, i));
    const parse = vi.mocked(markdown.parseMdx);
    parse.mockClear();
    const first = loadBook(dir);
    expect(parse).toHaveBeenCalledTimes(3);

    fs.writeFileSync(path.join(dir, "m", "c2.mdx"), chapter("C2, edited", 2));
    const second = loadBook(dir);
    expect(parse).toHaveBeenCalledTimes(4);
    expect(second.bySlug.get("m/c2")?.frontmatter.title).toBe("C2, edited");
    expect(second.bySlug.get("m/c1")?.tree).toBe(first.bySlug.get("m/c1")?.tree);
  });

  it("stores trees on disk as plain JSON, equal to a fresh parse", () => {
    const source = chapter("Stored", 9);
    const tree = parseCached(source);
    const stored = fs.readdirSync(TREE_CACHE_DIR).map((name) => JSON.parse(fs.readFileSync(path.join(TREE_CACHE_DIR, name), "utf8")));
    expect(stored).toContainEqual(tree);
    expect(JSON.parse(JSON.stringify(markdown.parseMdx(source)))).toEqual(tree);
  });
});
