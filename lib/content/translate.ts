import matter from "gray-matter";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { z } from "zod";
import { sourceDigest } from "./book";
import { frontmatterSchema } from "./frontmatter";
import { parseMdx } from "./markdown";
import { compareStructure, type StructureDifference } from "./translation-structure";

// `npm run translate`: what a model is given and what is kept of its answer. The
// code and maths of the English page never reach the model: each block, inline
// code and formula is replaced by a numbered marker, and put back from the English
// afterwards, so the model can neither change nor drop one unnoticed.

/** What a translation keeps: code and maths. Other drafts (a personalised chapter) keep more. */
export const TRANSLATION_PROTECTED: ReadonlySet<string> = new Set(["code", "math", "inlineCode", "inlineMath"]);

/** A marker the model keeps as it is; not something the book's text contains. */
export const marker = (n: number) => `⟦${n}⟧`;
const MARKER = /⟦(\d+)⟧/g;

export type Protected = { text: string; pieces: string[] };

/** `source` with every node of `types` (by default code blocks, inline code and formulas) replaced by a marker; `pieces[n]` is the source of marker n. */
export function protect(source: string, tree: Root = parseMdx(source), types: ReadonlySet<string> = TRANSLATION_PROTECTED): Protected {
  const spans: { start: number; end: number }[] = [];
  visit(tree, (node) => {
    if (!types.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) spans.push({ start, end });
    return "skip";
  });
  spans.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let text = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    text += source.slice(at, span.start) + marker(pieces.length);
    pieces.push(source.slice(span.start, span.end));
    at = span.end;
  }
  return { text: text + source.slice(at), pieces };
}

export class TranslationRejected extends Error {
  constructor(readonly reasons: string[]) {
    super(`The draft was not kept:\n${reasons.map((reason) => `  - ${reason}`).join("\n")}`);
    this.name = "TranslationRejected";
  }
}

/** The model's text with the markers replaced by the English pieces; throws unless each marker is there exactly once, in order. */
export function restore(draft: string, pieces: string[]): string {
  const found = [...draft.matchAll(MARKER)].map((match) => Number(match[1]));
  const reasons: string[] = [];
  const missing = pieces.map((_, n) => n).filter((n) => !found.includes(n));
  if (missing.length) reasons.push(`the code or maths at marker${missing.length > 1 ? "s" : ""} ${missing.map(marker).join(" ")} ${missing.length > 1 ? "are" : "is"} missing`);
  const repeated = [...new Set(found.filter((n, i) => found.indexOf(n) !== i))];
  if (repeated.length) reasons.push(`marker${repeated.length > 1 ? "s" : ""} ${repeated.map(marker).join(" ")} appear${repeated.length > 1 ? "" : "s"} more than once`);
  const unknown = found.filter((n) => n >= pieces.length);
  if (unknown.length) reasons.push(`marker${unknown.length > 1 ? "s" : ""} ${unknown.map(marker).join(" ")} ${unknown.length > 1 ? "are" : "is"} not in the English`);
  if (reasons.length === 0 && found.some((n, i) => n !== i)) reasons.push("the code and maths are not in the English order");
  if (reasons.length) throw new TranslationRejected(reasons);
  return draft.replace(MARKER, (_, n: string) => pieces[Number(n)]!);
}

/**
 * The draft as it is written to content/ur/: the model's title, description
 * and objectives over the English frontmatter's other fields, and the digest
 * of the English file. Throws when the draft's structure differs from the English.
 */
export function finishDraft(englishSource: string, restored: string): string {
  const english = matter(englishSource);
  const draft = matter(restored);
  // Only the translated fields are read off the draft (the rest come from the English), hence not strict.
  const translated = z.object(frontmatterSchema.pick({ title: true, description: true, objectives: true }).shape).safeParse(draft.data);
  const reasons: string[] = [];
  if (!translated.success) reasons.push(`its frontmatter lacks a translated title, description or objectives: ${translated.error.issues.map((issue) => issue.path.join(".")).join(", ")}`);
  let differences: StructureDifference[] = [];
  try {
    differences = compareStructure(parseMdx(englishSource), parseMdx(restored));
  } catch (error) {
    reasons.push(`it is not valid MDX: ${(error as Error).message}`);
  }
  reasons.push(...differences.map((difference) => `line ${difference.line}: ${difference.message}`));
  if (reasons.length || !translated.success) throw new TranslationRejected(reasons);
  const data = { ...english.data, ...translated.data, sourceHash: sourceDigest(englishSource) };
  return matter.stringify(draft.content, data);
}
