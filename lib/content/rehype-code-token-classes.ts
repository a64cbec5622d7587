import crypto from "node:crypto";
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

// Every token rehype-pretty-code highlights carries both themes' colours inline:
// style="--shiki-dark:#FF7B72;--shiki-light:#A0111F". A chapter with a few hundred
// lines of code repeats that string thousands of times in its HTML and again in its
// React Server Components payload, which the browser parses before it paints. Here
// each distinct pair becomes a short class, defined once in a <style> at the top of
// the page; the stylesheet's `color: var(--shiki-dark)` rules apply as before.

const TOKEN_STYLE = /^--shiki-dark:[^;]+;--shiki-light:[^;]+;?$/;

/** The class for a token style: named by its digest, so every page, build and worker agrees. */
const classOf = (style: string) => `k${crypto.createHash("sha1").update(style).digest("hex").slice(0, 6)}`;

export function rehypeCodeTokenClasses() {
  return (tree: Root) => {
    const rules = new Map<string, string>();
    visit(tree, "element", (node: Element) => {
      const style = node.properties.style;
      if (node.tagName !== "span" || typeof style !== "string" || !TOKEN_STYLE.test(style)) return;
      const name = classOf(style);
      rules.set(name, style);
      delete node.properties.style;
      const classes = node.properties.className;
      node.properties.className = [...(Array.isArray(classes) ? classes : []), name] as string[];
    });
    if (rules.size === 0) return;
    const css = [...rules].map(([name, style]) => `.${name}{${style}}`).join("");
    tree.children.unshift({ type: "element", tagName: "style", properties: {}, children: [{ type: "text", value: css }] });
  };
}
