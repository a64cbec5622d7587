import type { Root, RootContent } from "mdast";
import { parseMdx } from "@/lib/content/markdown";
import { protect, restore, TranslationRejected } from "@/lib/content/translate";
import { compareStructure } from "@/lib/content/translation-structure";
import type { PieceView } from "./events";

// A chapter is personalised one part at a time: the text before the first
// level-2 heading, then each level-2 section. A part whose rewrite fails the
// checks below is shown as the book has it, so one bad section costs only itself.

/**
 * What the model never sees: headings (their anchors are the page's links and
 * TOC), code, maths, tables, images, link definitions and every MDX component or expression
 * (quizzes, figures, Python cells, ForBackground). Each becomes a marker the
 * rewrite must keep, and is put back from the book.
 */
const PROTECTED: ReadonlySet<string> = new Set([
  "heading",
  "code",
  "math",
  "inlineCode",
  "inlineMath",
  "table",
  "image",
  "definition",
  "html",
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxjsEsm",
]);

/**
 * Nodes the page renders as markup, runs as code or links through a definition. A rewrite has exactly as many
 * of each as the book (all but references are protected): one more came from the model, and a chapter's MDX
 * is rendered with expressions allowed.
 */
const EXECUTABLE = [
  "html",
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxjsEsm",
  "image",
  "definition",
  "linkReference",
  "imageReference",
] as const;

const SHOWN_AS_MARKDOWN = new Set(["heading", "code", "math", "inlineCode", "inlineMath", "table"]);

export type Part = {
  /** The part's MDX as the book has it. */
  source: string;
  /** The same with every protected node replaced by a marker: what the model rewrites. */
  text: string;
  pieces: string[];
  views: PieceView[];
  /** Whether the part has prose to rewrite at all (not only kept pieces). */
  hasProse: boolean;
};

const MARKERS = /⟦\d+⟧/g;

/** A chapter's body cut before each level-2 heading. */
export function splitParts(body: string): Part[] {
  const tree = parseMdx(body);
  const starts = [0];
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    if (node.type === "heading" && node.depth === 2 && start !== undefined && start > 0) starts.push(start);
  }
  return starts
    .map((start, i) => body.slice(start, starts[i + 1] ?? body.length))
    .filter((source) => source.trim() !== "")
    .map(toPart);
}

function toPart(source: string): Part {
  const tree = parseMdx(source);
  const { text, pieces } = protect(source, tree, PROTECTED);
  const kinds: string[] = [];
  collectProtected(tree.children, kinds);
  return {
    source,
    text,
    pieces,
    views: pieces.map((piece, n) => (SHOWN_AS_MARKDOWN.has(kinds[n] ?? "") ? piece : null)),
    hasProse: /[\p{L}\p{N}]/u.test(text.replace(MARKERS, "")),
  };
}

/** The types of the protected nodes in document order, as protect() numbers them. */
function collectProtected(nodes: readonly RootContent[], into: string[]) {
  for (const node of nodes) {
    if (PROTECTED.has(node.type)) into.push(node.type);
    else if ("children" in node) collectProtected(node.children as RootContent[], into);
  }
}

export type Checked = { mdx: string; kept: true } | { mdx: string; kept: false; reasons: string[] };

function countExecutable(tree: Root): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(EXECUTABLE.map((type) => [type, 0]));
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type in counts) counts[node.type]! += 1;
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return counts;
}

/**
 * The model's rewrite of a part with the book's pieces put back, if it keeps
 * every marker once and in order and has the book's headings, code, maths,
 * components and links; otherwise the part as the book has it, with why.
 */
export function checkRewrite(part: Part, draft: string): Checked {
  let restored: string;
  try {
    restored = restore(draft, part.pieces);
  } catch (error) {
    if (error instanceof TranslationRejected) return { mdx: part.source, kept: false, reasons: error.reasons };
    throw error;
  }
  let rewritten: Root;
  try {
    rewritten = parseMdx(restored);
  } catch (error) {
    return { mdx: part.source, kept: false, reasons: [`it is not valid MDX: ${(error as Error).message}`] };
  }
  const original = parseMdx(part.source);
  const reasons = compareStructure(original, rewritten).map((difference) => difference.message);
  const want = countExecutable(original);
  const got = countExecutable(rewritten);
  for (const type of EXECUTABLE) {
    if (got[type] !== want[type]) reasons.push(`it has ${got[type]} ${type} nodes, the book ${want[type]}`);
  }
  if (part.hasProse && !/[\p{L}\p{N}]/u.test(draft.replace(MARKERS, ""))) reasons.push("it has no prose");
  if (reasons.length) return { mdx: part.source, kept: false, reasons };
  // A part ends where the next heading starts: keep the blank line between them.
  return { mdx: `${restored.trimEnd()}\n\n`, kept: true };
}
