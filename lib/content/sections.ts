import type { Code, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Page } from "./book";
import { proseOf } from "./markdown";
import { blockMarkdown } from "./to-markdown";

export type Section = {
  /** Heading id on the page, "" for the text before the first heading. */
  anchor: string;
  /** The chapter's h2 and, inside it, the h3: ["QoS", "Reliability"]. */
  headingPath: string[];
  /** The section's top-level blocks (paragraphs, lists, whole code blocks) as text. */
  blocks: string[];
  /** Every code block in the section, those inside components too: search indexes their identifiers. */
  code: string[];
  text: string;
};

/**
 * Splits a page at its top-level h2 and h3 headings. Anchors come from the
 * page's heading list (matched by line), so they are the ids the page renders.
 */
export function sectionsOf(page: Page, options: { includeCode?: boolean } = {}): Section[] {
  const idByLine = new Map(page.headings.map((heading) => [heading.line, heading.id]));
  const sections: Omit<Section, "text">[] = [];
  let current: Omit<Section, "text"> = { anchor: "", headingPath: [], blocks: [], code: [] };
  let h2 = "";
  for (const node of (page.tree as Root).children) {
    if (node.type === "yaml") continue;
    if (node.type === "heading" && node.depth <= 3) {
      sections.push(current);
      const title = toString(node).trim();
      if (node.depth <= 2) h2 = title;
      current = {
        anchor: idByLine.get(node.position?.start.line ?? -1) ?? "",
        headingPath: node.depth <= 2 ? [title] : [h2, title].filter(Boolean),
        blocks: [],
        code: [],
      };
      continue;
    }
    const text = blockText(node, options.includeCode ?? false);
    if (text) current.blocks.push(text);
    visit(node, "code", (code: Code) => {
      current.code.push(code.value);
    });
  }
  sections.push(current);
  return sections
    .map((section) => ({ ...section, text: section.blocks.join("\n\n") }))
    .filter((section) => section.blocks.length > 0 || section.anchor);
}

function blockText(node: RootContent, includeCode: boolean): string {
  // The tutor reads Markdown (code, maths and tables kept; a component stays one block); search reads prose.
  if (includeCode) return blockMarkdown(node).join("\n\n");
  if (node.type === "code") return "";
  return proseOf(node).replace(/\s+/g, " ").trim();
}
