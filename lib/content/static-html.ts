import type { Program, Property } from "estree";
import { visit as visitEstree } from "estree-util-visit";
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";

/**
 * A chapter's prose, maths and highlighted code are the same HTML on the server and in the browser, yet React's
 * payload for hydration carries each of their elements as a JSON node (`["$","span",null,{"className":…}]`), the
 * chapter a second time and in a longer form. These two plugins hand React each element whose content is plain HTML
 * (no component inside) as one string for `dangerouslySetInnerHTML`: the page shows and hydrates the same DOM from a
 * payload a quarter smaller (tf2-and-rviz: 240 -> 180 KB raw).
 *
 * rehypeStaticHtml (the last rehype plugin) writes the element's content into a `data-static-html` property and
 * empties it; recmaStaticHtml turns that property, in the compiled JSX calls, into `dangerouslySetInnerHTML`.
 * Elements that MDX renders with a component of ours (`pre`, passed as `components`) keep their children as
 * elements, since the component receives them: their static children are handed over instead.
 */
const STATIC_HTML = "data-static-html";

const isMdxNode = (node: RootContent | ElementContent) => node.type.startsWith("mdx");

/** Whether an element's subtree is plain HTML: no MDX component, expression or replaced element in it. */
function isStatic(node: Element, replaced: ReadonlySet<string>): boolean {
  if (replaced.has(node.tagName)) return false;
  return node.children.every((child) => !isMdxNode(child) && (child.type !== "element" || isStatic(child, replaced)));
}

export function rehypeStaticHtml({ replaced = ["pre"] }: { replaced?: string[] } = {}) {
  const replacedSet = new Set(replaced);
  const compact = (parent: Root | Element | { children: (RootContent | ElementContent)[] }) => {
    for (const child of parent.children) {
      if (child.type === "element") {
        // An element of text alone is as short in the payload as its HTML: only nested markup gains.
        if (child.tagName !== "style" && child.tagName !== "script" && isStatic(child, replacedSet) && child.children.some((c) => c.type === "element")) {
          child.properties[STATIC_HTML] = toHtml(child.children, { space: child.tagName === "svg" ? "svg" : "html" });
          child.children = [];
        } else compact(child);
      } else if ("children" in child && Array.isArray(child.children)) compact(child as { children: (RootContent | ElementContent)[] });
    }
  };
  return (tree: Root) => compact(tree);
}

export function recmaStaticHtml() {
  return (tree: Program) => {
    visitEstree(tree, (node) => {
      if (node.type !== "ObjectExpression") return;
      for (const [index, property] of node.properties.entries()) {
        if (property.type !== "Property" || property.key.type !== "Literal" || property.key.value !== STATIC_HTML) continue;
        const html: Property = {
          type: "Property",
          kind: "init",
          method: false,
          shorthand: false,
          computed: false,
          key: { type: "Identifier", name: "__html" },
          value: property.value,
        };
        node.properties[index] = { ...property, key: { type: "Identifier", name: "dangerouslySetInnerHTML" }, value: { type: "ObjectExpression", properties: [html] } };
      }
    });
  };
}
