import type { Code, Heading, Link, Root } from "mdast";
import type { Math as DisplayMath } from "mdast-util-math";
import { visit } from "unist-util-visit";
import { attributeValue, type JsxElement } from "./check";

// A translation changes the prose and nothing a reader copies, runs or follows:
// every code block, display equation, link target, heading level and component
// (with the props that are not words) is the English page's, in the same order.
// Because headings match one for one, a section of one language is found in the
// other by its position (map-section.ts), though the anchors differ.

/** Component props that are data, not prose: a translation keeps them as they are. */
const FIXED_PROPS: Record<string, readonly string[]> = {
  Callout: ["type"],
  Figure: ["src"],
  Quiz: ["id", "answer"],
  ForBackground: ["has", "level"],
  Simulation: ["name"],
};

type Item = { line: number; key: string; what: string };

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\n/g, "⏎");

/** The parts of a page a translation must keep, each with what a message calls it. */
function skeleton(tree: Root) {
  const code: Item[] = [];
  const maths: Item[] = [];
  const headings: Item[] = [];
  const components: Item[] = [];
  const links: Item[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "code") {
      const { lang, meta, value } = node as Code;
      code.push({ line, key: JSON.stringify([lang, meta, value]), what: `\`\`\`${lang ?? ""}${meta ? ` ${meta}` : ""} block "${short(value)}"` });
    } else if (node.type === "math") {
      const { value } = node as DisplayMath;
      maths.push({ line, key: value, what: `$$ ${short(value)} $$` });
    } else if (node.type === "heading") {
      const { depth } = node as Heading;
      headings.push({ line, key: String(depth), what: `a level-${depth} heading` });
    } else if (node.type === "link") {
      const { url } = node as Link;
      links.push({ line, key: url, what: `link to ${url}` });
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const element = node as JsxElement;
      if (!element.name || /^[a-z]/.test(element.name)) return;
      const fixed = (FIXED_PROPS[element.name] ?? []).map((prop) => [prop, attributeValue(element, prop).value]);
      const options = attributeValue(element, "options").value;
      if (Array.isArray(options)) fixed.push(["options", options.length]);
      const props = fixed.filter(([, value]) => value !== undefined);
      components.push({
        line,
        key: JSON.stringify([element.name, props]),
        what: `<${element.name}${props.map(([prop, value]) => ` ${prop}=${JSON.stringify(value)}`).join("")}>`,
      });
    }
  });
  return { code, maths, headings, components, links };
}

export type StructureDifference = { line: number; message: string };

const KINDS = [
  ["code", "code block"],
  ["maths", "display equation"],
  ["headings", "heading"],
  ["components", "component"],
  ["links", "link"],
] as const;

/**
 * How a translation's structure differs from its English source, at the
 * translation's lines: the first difference of each kind (later ones usually
 * follow from it), or none.
 */
export function compareStructure(english: Root, translation: Root): StructureDifference[] {
  const source = skeleton(english);
  const translated = skeleton(translation);
  const differences: StructureDifference[] = [];
  for (const [kind, noun] of KINDS) {
    const want = source[kind];
    const got = translated[kind];
    const index = want.findIndex((item, i) => got[i]?.key !== item.key);
    if (index === -1 && got.length === want.length) continue;
    if (index === -1) {
      const extra = got[want.length]!;
      differences.push({ line: extra.line, message: `has ${got.length} ${noun}s, the English ${want.length}: ${extra.what} is not in the English` });
      continue;
    }
    const expected = want[index]!;
    const found = got[index];
    differences.push({
      line: found?.line ?? translated.headings.at(-1)?.line ?? 1,
      message: found
        ? `${noun} ${index + 1} differs from the English (line ${expected.line}): expected ${expected.what}, found ${found.what}`
        : `has ${got.length} ${noun}s, the English ${want.length}: ${expected.what} (English line ${expected.line}) is missing`,
    });
  }
  return differences;
}
