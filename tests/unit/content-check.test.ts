import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { auditBook } from "@/lib/content/audit";
import { loadBook } from "@/lib/content/book";
import { checkBook, ContentError, formatProblem, MIN_CHAPTER_WORDS } from "@/lib/content/check";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const frontmatter = (title: string, order: number, extra = "") => `---
title: "${title}"
description: "A test chapter."
order: ${order}
objectives:
  - "Learn a thing"
estimatedMinutes: 10
tags: ["test"]
${extra}---
`;

/** A small book in a temp folder, one file per entry. */
function tinyBook(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "book-"));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

const messages = (dir: string) => checkBook(loadBook(dir)).map(formatProblem);

/** Runs `npm run content:check` on a scratch book: its exit status and everything it printed. */
function contentCheck(dir: string): { status: number; output: string } {
  try {
    const output = execFileSync("npx", ["tsx", "scripts/content-check.ts", dir], { encoding: "utf8", stdio: "pipe" });
    return { status: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: failure.stdout + failure.stderr };
  }
}

const quiz = (id: string, options: string[], answer: number) =>
  `\n<Quiz id="${id}" question="Which?" options={${JSON.stringify(options)}} answer={${answer}} explanation="Because." />\n`;
const figure = '\n<Figure src="/images/isaac/ppo-clip.svg" alt="A plot." caption="What the plot shows." />\n';

/** Four options with the right one at `answer`; it is the longest only when `longest` says so. */
function options(answer: number, longest: boolean): string[] {
  const list = ["a distractor", "a distractor", "a distractor", "a distractor"];
  list[answer] = longest ? "the right option, longer" : "right";
  return list;
}

/** A chapter with one figure and a quiz answered at each of `answers`. */
const chapterWith = (title: string, order: number, answers: number[], longest = false) =>
  frontmatter(title, order) +
  figure +
  answers.map((answer, i) => quiz(`${title}-${i}`, options(answer, longest), answer)).join("");

describe("the real book", () => {
  const book = loadBook();

  it("has no problems", () => {
    expect(checkBook(book).map(formatProblem)).toEqual([]);
  });

  it(`has at least 22 chapters of ${MIN_CHAPTER_WORDS}+ words, each with a quiz, exercises, a summary and further reading`, () => {
    const chapters = book.pages.filter((page) => page.kind === "chapter");
    const long = chapters.filter((page) => page.words >= MIN_CHAPTER_WORDS);
    expect(long.length).toBeGreaterThanOrEqual(22);
    for (const chapter of chapters) {
      expect(chapter.body, chapter.file).toMatch(/<Quiz\b/);
      expect(chapter.body, chapter.file).toMatch(/<Exercise\b[\s\S]*<Solution>/);
      expect(chapter.headings.map((h) => h.text), chapter.file).toEqual(expect.arrayContaining(["Summary", "Further reading"]));
    }
  });

  it("passes the book-wide rules: fair quiz keys, 3+ quizzes and a figure in every chapter", () => {
    expect(auditBook(book).problems.map(formatProblem)).toEqual([]);
  });

  it("orders modules and chapters from their frontmatter", () => {
    expect(book.modules.map((m) => m.slug)).toEqual(["foundations", "ros2", "simulation", "isaac", "humanoid", "vla", "capstone"]);
    const orders = book.modules[1]!.chapters.map((c) => c.frontmatter.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe("content check", () => {
  it("reports a broken link and a broken anchor with file and line", () => {
    const dir = tinyBook({
      "intro/index.mdx": frontmatter("Intro", 1) + "\n## Start here\n\nSee [the next](/learn/intro/next#start-here).\n",
      "intro/next.mdx":
        frontmatter("Next", 1) + "\n## Real heading\n\nBack to [the start](/learn/intro#start-here).\n\nA [broken link](/learn/intro/missing).\n\nA [bad anchor](/learn/intro#nowhere).\n",
    });
    const found = messages(dir);
    expect(found).toContainEqual(expect.stringMatching(/intro\/index\.mdx:13: link to \/learn\/intro\/next#start-here: .* no heading with the anchor #start-here/));
    expect(found).toContainEqual(expect.stringMatching(/intro\/next\.mdx:15: link to \/learn\/intro\/missing: no chapter has that path/));
    expect(found).toContainEqual(expect.stringMatching(/intro\/next\.mdx:17: link to \/learn\/intro#nowhere/));
    expect(found.filter((line) => /next\.mdx:\d+: link to \/learn\/intro#start-here/.test(line))).toEqual([]);
  });

  it("reports frontmatter, components, images, code languages and duplicate quiz ids", () => {
    const dir = tinyBook({
      "m/a.mdx": `---\ntitle: "A"\norder: one\nestimatedMinutes: 5\ntags: []\n---\n\nText.\n`,
      "m/b.mdx":
        frontmatter("B", 2) +
        `\n<Widget />\n\n<Callout type="shout">x</Callout>\n\n<Figure src="/images/none.svg" alt="x" />\n\n\`\`\`rust\nfn main() {}\n\`\`\`\n\n` +
        `<Quiz id="q1" question="Q?" options={["a", "b"]} answer={1} explanation="e" />\n\n<Quiz id="q1" question="Q?" options={["a", "b"]} answer={2} explanation="e" />\n`,
    });
    const found = messages(dir).join("\n");
    expect(found).toMatch(/m\/a\.mdx:\d+: frontmatter "description"/);
    expect(found).toMatch(/m\/a\.mdx:3: frontmatter "order"/);
    expect(found).toMatch(/m\/b\.mdx:\d+: unknown component <Widget>/);
    expect(found).toMatch(/<Callout type> must be one of note, tip, warning, danger/);
    expect(found).toMatch(/image \/images\/none\.svg does not exist/);
    expect(found).toMatch(/code language "rust"/);
    expect(found).toMatch(/quiz id "q1" is already used at/);
    expect(found).toMatch(/<Quiz answer> must be the index \(0–1\)/);
  });

  it("fails `npm run content:check` on a planted broken link, naming the file", () => {
    const dir = tinyBook({
      "m/index.mdx": frontmatter("M", 1) + "\n[gone](/learn/m/gone)\n",
    });
    let output = "";
    let status = 0;
    try {
      execFileSync("npx", ["tsx", "scripts/content-check.ts", dir], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      status = failure.status;
      output = failure.stdout + failure.stderr;
    }
    expect(status).toBe(1);
    expect(output).toMatch(/m\/index\.mdx:\d+: link to \/learn\/m\/gone: no chapter has that path/);
  });

  it("builds the same message the build fails with", () => {
    const dir = tinyBook({ "m/index.mdx": frontmatter("M", 1) + "\n[gone](/learn/m/gone)\n" });
    const problems = checkBook(loadBook(dir));
    const error = new ContentError(problems);
    expect(error.message).toContain(formatProblem(problems[0]!));
  });

  it("requires a caption on every figure", () => {
    const dir = tinyBook({ "m/a.mdx": frontmatter("A", 1) + '\n<Figure src="/images/isaac/ppo-clip.svg" alt="A plot." />\n' });
    expect(messages(dir)).toContainEqual(expect.stringMatching(/m\/a\.mdx:\d+: <Figure> needs a caption="…"/));
  });

  it("accepts a PythonCell around one titled python program, and reports any other", () => {
    const fence = (info: string) => `\`\`\`${info}\nprint(1)\n\`\`\``;
    const dir = tinyBook({
      "m/a.mdx":
        frontmatter("A", 1) +
        `\n<PythonCell>\n\n${fence('python title="ok.py"')}\n\n</PythonCell>\n` +
        `\n<PythonCell>\n\n${fence("python")}\n\n</PythonCell>\n` +
        `\n<PythonCell>\n\n${fence('bash title="run.sh"')}\n\n</PythonCell>\n` +
        `\n<PythonCell>\n\n${fence('python title="a.py"')}\n\nand a sentence.\n\n</PythonCell>\n`,
    });
    const found = messages(dir).filter((message) => message.includes("PythonCell"));
    expect(found.map((message) => /a\.mdx:(\d+)/.exec(message)?.[1])).toEqual(["19", "27", "35"]);
    expect(found[0]).toMatch(/<PythonCell> wraps exactly one ```python block with a file title/);
  });

  it("accepts a known Simulation with a title, and reports an unknown one", () => {
    const dir = tinyBook({
      "m/a.mdx": frontmatter("A", 1) + '\n<Simulation name="pid-step" title="PID">\n\nWords.\n\n</Simulation>\n\n<Simulation name="mujoco" />\n',
    });
    expect(messages(dir).filter((message) => message.includes("Simulation"))).toEqual([
      expect.stringMatching(/a\.mdx:\d+: <Simulation name> must be one of two-link-arm, pid-step, lipm-push, force-closure, mujoco-balance/),
      expect.stringMatching(/a\.mdx:\d+: <Simulation> needs a title="…"/),
    ]);
  });
});

describe("book-wide rules of content:check", () => {
  it("counts answer positions and 'the longest option is right', ties counting as longest", () => {
    const dir = tinyBook({
      "m/a.mdx":
        frontmatter("A", 1) +
        quiz("a1", ["short", "the longest one", "mid one"], 1) +
        quiz("a2", ["same", "size", "here"], 0) +
        quiz("a3", ["much longer option", "b"], 1),
    });
    const { quizzes } = auditBook(loadBook(dir));
    expect(quizzes).toEqual({ total: 3, byPosition: [1, 2], longestIsCorrect: 2 });
  });

  it("reports chapters with fewer than three quizzes or no figure, by file", () => {
    const dir = tinyBook({
      "m/index.mdx": frontmatter("M", 1) + "\nAn overview needs neither.\n",
      "m/a.mdx": frontmatter("A", 1) + quiz("a1", ["x", "y"], 0) + quiz("a2", ["x", "y"], 1),
      "m/b.mdx": chapterWith("B", 2, [0, 1, 2]),
    });
    const found = auditBook(loadBook(dir)).problems.map(formatProblem);
    expect(found).toContainEqual(expect.stringMatching(/m\/a\.mdx:1: 2 quizzes; every chapter needs at least 3$/));
    expect(found).toContainEqual(expect.stringMatching(/m\/a\.mdx:1: no <Figure>/));
    expect(found.filter((line) => /m\/(b|index)\.mdx/.test(line))).toEqual([]);
  });

  it("passes a fair book and prints the distribution", () => {
    const dir = tinyBook({
      "m/a.mdx": chapterWith("A", 1, [0, 1, 2]),
      "m/b.mdx": chapterWith("B", 2, [3, 0, 1]),
      "m/c.mdx": chapterWith("C", 3, [2, 3, 0], true),
    });
    const { status, output } = contentCheck(dir);
    expect(output).toContain("Correct option by position: A 3 (33 %) · B 2 (22 %) · C 2 (22 %) · D 2 (22 %)");
    expect(output).toContain("Correct option is the longest: 3 of 9 (33 %)");
    expect(status).toBe(0);
  });

  it("fails when one position holds more than 40 % or the longest option is right in more than 40 %", () => {
    const dir = tinyBook({
      "m/a.mdx": chapterWith("A", 1, [1, 1, 1], true),
      "m/b.mdx": chapterWith("B", 2, [1, 0, 2], true),
      "m/c.mdx": chapterWith("C", 3, [3, 1, 0]),
    });
    const { status, output } = contentCheck(dir);
    expect(status).toBe(1);
    expect(output).toContain("option B is the answer in 5 of 9 quizzes (56 %); no position may hold more than 40 %");
    expect(output).toContain("the correct option is the longest in 6 of 9 quizzes (67 %); at most 40 %");
  });
});
