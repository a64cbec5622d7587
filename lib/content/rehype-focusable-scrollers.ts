import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Display equations and tables scroll sideways when wider than the column (on phones many are): in the tab order,
 * a keyboard reader can focus one and scroll it with the arrow keys (WCAG 2.1.1), as rehype-pretty-code does for
 * code blocks.
 */
export function rehypeFocusableScrollers() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const classes = node.properties.className;
      if (node.tagName === "table" || (Array.isArray(classes) && classes.includes("katex-display"))) node.properties.tabIndex = 0;
    });
  };
}
