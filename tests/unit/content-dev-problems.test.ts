import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ContentError, formatProblem } from "@/lib/content/check";
import { loadCheckedBook, problemsOfPage, slugOfProblem } from "@/lib/content/load";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dev-book-"));
const file = (name: string) => path.relative(process.cwd(), path.join(dir, name));

const chapter = (title: string, order: number, body: string) => `---
title: "${title}"
description: "A chapter."
order: ${order}
objectives:
  - "Read it"
estimatedMinutes: 5
tags: []
---

## First section

${body}
`;

beforeAll(() => {
  fs.mkdirSync(path.join(dir, "m"));
  fs.writeFileSync(path.join(dir, "m", "index.mdx"), chapter("Module", 0, "The overview."));
  fs.writeFileSync(path.join(dir, "m", "good.mdx"), chapter("Good", 1, "See [the overview](/learn/m)."));
  // Line 13: a link to a chapter that does not exist.
  fs.writeFileSync(path.join(dir, "m", "broken.mdx"), chapter("Broken", 2, "See [nowhere](/learn/m/nowhere)."));
  // Line 13: JSX that never closes, so the page cannot be read at all.
  fs.writeFileSync(path.join(dir, "m", "unreadable.mdx"), chapter("Unreadable", 3, "<Callout type=\"note\">\n\nNever closed."));
  vi.stubEnv("CONTENT_DIR", dir);
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

// getBook keeps one book per process; each test starts without it, as a new server would.
afterEach(() => {
  delete (globalThis as { __textbookBook?: unknown }).__textbookBook;
  vi.stubEnv("NODE_ENV", "test");
  vi.restoreAllMocks();
});

describe("a book with one broken chapter", () => {
  it("attributes each problem to its page, by file and line", () => {
    const book = loadCheckedBook(dir);
    expect(book.pages.map((page) => page.slug)).toEqual(["m", "m/good", "m/broken"]);
    expect(problemsOfPage(book, "m/good", dir)).toEqual([]);
    expect(problemsOfPage(book, "m")).toEqual([]);
    expect(problemsOfPage(book, "m/broken", dir).map(formatProblem)).toEqual([
      `${file("m/broken.mdx")}:13: link to /learn/m/nowhere: no chapter has that path`,
    ]);
    expect(problemsOfPage(book, "m/unreadable", dir).map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^${file("m/unreadable.mdx").replace(/\./g, "\\.")}:\\d+: MDX does not parse`)),
    ]);
    expect(slugOfProblem({ file: file("m"), line: 1, message: "a folder" }, dir)).toBeUndefined();
  });

  it("in development: the other pages load, and each broken one throws its own problems", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { getBook, getPage, pageSlugs, slugsOnDisk } = await import("@/lib/content");

    const book = getBook();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("The book has 2 problems"));
    expect(getPage("m/good")?.frontmatter.title).toBe("Good");
    expect(getPage("m")?.frontmatter.title).toBe("Module");
    expect(getPage("m/missing")).toBeNull();

    expect(() => getPage("m/broken")).toThrow(ContentError);
    expect(() => getPage("m/broken")).toThrow(`${file("m/broken.mdx")}:13: link to /learn/m/nowhere`);
    expect(() => getPage("m/broken")).not.toThrow("unreadable");
    expect(() => getPage("m/unreadable")).toThrow(`${file("m/unreadable.mdx")}:`);
    // A page too broken to read is still a route, so it shows its problems rather than a 404.
    expect(pageSlugs(book).sort()).toEqual(["m", "m/broken", "m/good", "m/unreadable"]);
    // The dev server's generateStaticParams names the same routes from the file names alone.
    expect(slugsOnDisk().sort()).toEqual(pageSlugs(book).sort());
  });

  it("anywhere else (next build, next start, scripts): the whole book is refused", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { getBook } = await import("@/lib/content");
    expect(() => getBook()).toThrow(ContentError);
    expect(() => getBook()).toThrow(/broken\.mdx:13:[\s\S]*unreadable\.mdx:/);
  });
});

describe("the book in content/", () => {
  it("has a route for each page file, in English and in Urdu: generateStaticParams in development lists the files rather than reading the book", async () => {
    const { pageSlugs, slugsOnDisk } = await import("@/lib/content");
    const { loadValidBook, loadValidTranslation } = await import("@/lib/content/load");
    const contentDir = path.resolve("content");
    const english = loadValidBook(contentDir);
    expect(slugsOnDisk(undefined, contentDir).sort()).toEqual(pageSlugs(english).sort());
    const urdu = loadValidTranslation(english, "ur", contentDir);
    expect(slugsOnDisk("ur", contentDir).sort()).toEqual(urdu.pages.map((page) => page.slug).sort());
  });
});
