import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type PluggableList } from "unified";
import { visit } from "unist-util-visit";

/**
 * Syntax extensions the renderer applies after its own MDX parsing. The parser
 * below uses the same list, so the headings, ids and word counts it finds are
 * the ones readers see.
 */
export const remarkPlugins: PluggableList = [remarkGfm, remarkMath];

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkPlugins);

/** Stored trees (tree-cache.ts) are kept by this and the lockfile: change it whenever the parser above changes. */
export const PARSER_VERSION = "remark-mdx+gfm+math, no estree";

/**
 * Parses a whole .mdx file (frontmatter included, so positions are file
 * lines). Without the ESTree of JSX expressions: nothing reads it (attribute
 * values are read from their source text), and without it a tree is plain JSON.
 */
export function parseMdx(source: string): Root {
  const tree = parser.parse(source);
  const dropEstree = (data: { estree?: unknown } | undefined) => void delete data?.estree;
  visit(tree, (node) => {
    dropEstree(node.data as { estree?: unknown } | undefined);
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    for (const attribute of node.attributes) {
      dropEstree(attribute.data as { estree?: unknown } | undefined);
      if (attribute.type === "mdxJsxAttribute" && typeof attribute.value === "object") dropEstree(attribute.value?.data as { estree?: unknown } | undefined);
    }
  });
  return tree;
}

export type HeadingInfo = { depth: number; text: string; id: string; line: number };

/**
 * Headings with the ids rehype-slug gives them when the page renders: the same
 * GitHub slugger, fed every heading in document order.
 */
export function headingsOf(tree: Root): HeadingInfo[] {
  const slugger = new GithubSlugger();
  const headings: HeadingInfo[] = [];
  visit(tree, "heading", (node: Heading) => {
    const text = toString(node).trim();
    headings.push({ depth: node.depth, text, id: slugger.slug(text), line: node.position?.start.line ?? 1 });
  });
  return headings;
}

const skipped = new Set(["code", "math", "inlineMath", "yaml", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression"]);
// Inline runs join their children as written; text blocks end with a space; other containers space their children.
const phrasing = new Set(["strong", "emphasis", "delete", "link", "linkReference", "mdxJsxTextElement"]);
const textBlocks = new Set(["paragraph", "heading", "tableCell"]);

/** Reading text of a node: prose and inline code, without code blocks, math or JSX attributes. */
export function proseOf(node: Root | RootContent): string {
  if (skipped.has(node.type)) return "";
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if ("children" in node) {
    const text = (node.children as RootContent[]).map(proseOf);
    if (phrasing.has(node.type)) return text.join("");
    return `${text.join(textBlocks.has(node.type) ? "" : " ")} `;
  }
  return "";
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
