import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import type { Book, Page } from "./book";

// What `npm run content:test-code` runs. A complete program is a ```python block with a file
// title (title="ik_dls.py", title="planner/planner/validate.py"); a block without a title is a
// fragment, and so is a titled one whose meta says `fragment` (```python title="setup.py (excerpt)" fragment).
// A program's printed output is a later ```text block titled "<file> output" (the full title or
// its file name), and the numbers in it are what the run must print.

export type ProgramKind = "script" | "pytest" | "launch" | "setup";

export type Program = {
  /** content/… file and line of the block, for messages. */
  file: string;
  line: number;
  /** Where the program is written, relative to its chapter's folder: the title's file path. */
  path: string;
  kind: ProgramKind;
  source: string;
  output: { line: number; text: string } | null;
};

export type ChapterPrograms = {
  page: Page;
  programs: Program[];
  /** Python blocks that are fragments (untitled or marked), which are not checked. */
  fragments: number;
  /** Output blocks that name no program of the chapter (a renamed program, a typo). */
  orphanOutputs: { line: number; title: string }[];
};

const titleOf = (meta: string | null | undefined) => /title="([^"]*)"/.exec(meta ?? "")?.[1] ?? null;

function kindOf(path: string, note: string): ProgramKind {
  const name = path.split("/").pop()!;
  if (name === "setup.py") return "setup";
  if (name.endsWith(".launch.py")) return "launch";
  if (/^test_.*\.py$/.test(name) || note === "(pytest)") return "pytest";
  return "script";
}

/** The chapter's programs in reading order, each with the output block the text gives for it. */
export function programsOf(page: Page): ChapterPrograms {
  const blocks: Code[] = [];
  visit(page.tree, "code", (node: Code) => void blocks.push(node));
  const programs: Program[] = [];
  const unclaimed = new Set(blocks.filter((block) => block.lang === "text" && titleOf(block.meta)?.endsWith(" output")));
  let fragments = 0;
  for (const [index, block] of blocks.entries()) {
    if (block.lang !== "python") continue;
    const title = titleOf(block.meta);
    const [path = "", ...rest] = (title ?? "").trim().split(/\s+/);
    const marked = /(^|\s)fragment(\s|$)/.test((block.meta ?? "").replace(/title="[^"]*"/, ""));
    if (!path.endsWith(".py") || marked) {
      fragments++;
      continue;
    }
    const name = path.split("/").pop()!;
    const output = blocks.slice(index + 1).find((later) => {
      const claimed = later.lang === "text" ? titleOf(later.meta) : null;
      return claimed === `${path} output` || claimed === `${name} output`;
    });
    if (output) unclaimed.delete(output);
    programs.push({
      file: page.file,
      line: block.position?.start.line ?? 1,
      path,
      kind: kindOf(path, rest.join(" ")),
      source: block.value.endsWith("\n") ? block.value : `${block.value}\n`,
      output: output ? { line: output.position?.start.line ?? 1, text: output.value } : null,
    });
  }
  const orphanOutputs = [...unclaimed].map((block) => ({ line: block.position?.start.line ?? 1, title: titleOf(block.meta)! }));
  return { page, programs, fragments, orphanOutputs };
}

export const bookPrograms = (book: Book) => book.pages.map(programsOf).filter((chapter) => chapter.programs.length + chapter.fragments > 0);

type PrintedNumber = { text: string; value: number; decimals: number };

/** Numbers as a reader sees them: "-0.25", "1e-3", "98,304" (two numbers, read the same way on both sides); not the 1 of "H1" or "x_1". */
export function numbersIn(text: string): PrintedNumber[] {
  return [...text.matchAll(/(?<![\w.])[-−]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g)].map(([token]) => {
    const plain = token.replace("−", "-");
    const mantissa = plain.split(/[eE]/)[0]!;
    return { text: token, value: Number(plain), decimals: mantissa.includes(".") ? mantissa.split(".")[1]!.length : 0 };
  });
}

/**
 * null when the run printed the numbers the book shows, in order; else what differs. A number
 * may differ by one unit in its last printed decimal (rounding on another CPU or numpy), an
 * integer not at all. Words are not compared: the book may reword a label, not a result.
 */
export function compareOutput(expected: string, actual: string): string | null {
  const want = numbersIn(expected);
  const got = numbersIn(actual);
  for (let i = 0; i < Math.min(want.length, got.length); i++) {
    const { text, value, decimals } = want[i]!;
    const tolerance = decimals === 0 ? 0 : 10 ** -decimals * 1.0001;
    if (Math.abs(value - got[i]!.value) > tolerance) {
      const line = expected.split("\n").find((row) => numbersIn(row).some((n) => n.text === text)) ?? "";
      return `number ${i + 1} of the output: the book shows ${text}, the program printed ${got[i]!.text} (book's line: "${line.trim()}")`;
    }
  }
  if (want.length !== got.length) return `the book's output has ${want.length} numbers, the program printed ${got.length}`;
  return null;
}
