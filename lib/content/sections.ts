import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Page } from "./book";
import { proseOf } from "./markdown";

export type Section = {
  /** Heading id on the page, "" for the text before the first heading. */
  anchor: string;
  /** The chapter's h2 and, inside it, the h3: ["QoS", "Reliability"]. */
  headingPath: string[];
  text: string;
};

/**
 * Splits a page at its top-level h2 and h3 headings. Anchors come from the
 * page's heading list (matched by line), so they are the ids the page renders.
 */
export function sectionsOf(page: Page, options: { includeCode?: boolean } = {}): Section[] {
  const idByLine = new Map(page.headings.map((heading) => [heading.line, heading.id]));
  const sections: Section[] = [];
  let current: Section = { anchor: "", headingPath: [], text: "" };
  let h2 = "";
  const textOf = (node: RootContent): string => {
    if (node.type === "code") return options.includeCode ? `\n\`\`\`${node.lang ?? ""}\n${node.value}\n\`\`\`\n` : "";
    return proseOf(node);
  };
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === "heading") {
        if (node.depth <= 3) {
          sections.push(current);
          const title = toString(node).trim();
          if (node.depth <= 2) h2 = title;
          current = { anchor: idByLine.get(node.position?.start.line ?? -1) ?? "", headingPath: node.depth <= 2 ? [title] : [h2, title].filter(Boolean), text: "" };
          continue;
        }
      }
      current.text += `${textOf(node)}\n`;
    }
  };
  walk((page.tree as Root).children.filter((node) => node.type !== "yaml"));
  sections.push(current);
  return sections
    .map((section) => ({ ...section, text: section.text.replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim() }))
    .filter((section) => section.text.length > 0 || section.anchor);
}
