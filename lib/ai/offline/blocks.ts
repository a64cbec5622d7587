import type { Code, List, Paragraph, PhrasingContent, Root, RootContent, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown, gfmToMarkdown } from "mdast-util-gfm";
import { mathFromMarkdown, mathToMarkdown } from "mdast-util-math";
import { toMarkdown } from "mdast-util-to-markdown";
import { gfm } from "micromark-extension-gfm";
import { math } from "micromark-extension-math";
import { AUDIENCE_MARKER, END_MARKER, TAB_MARKER } from "@/lib/content/to-markdown";

/** Where a piece of a passage sits: inside one tab, or in a block for one kind of reader. */
export type Place = { tab?: string; audience?: string };

/** A passage as the offline tutor reads it: sentences, code, display maths, tables, each in reading order. */
export type Unit =
  /** `leads`: its paragraph opens the passage or a tab, so it leans on nothing the answer could leave out. */
  | { kind: "sentence"; text: string; paragraph: number; first: boolean; leads: boolean; place: Place }
  | { kind: "code"; lang: string; value: string; place: Place }
  | { kind: "math"; value: string; place: Place }
  | { kind: "table"; header: string[]; rows: string[][]; place: Place };

const parseOptions = { extensions: [gfm(), math()], mdastExtensions: [gfmFromMarkdown(), mathFromMarkdown()] };
const writeOptions = { extensions: [gfmToMarkdown(), mathToMarkdown()] };

/** Inline Markdown of phrasing content: `code`, $maths$, **strong** and links survive. */
const inline = (children: PhrasingContent[]) =>
  toMarkdown({ type: "paragraph", children } satisfies Paragraph, writeOptions)
    .trim()
    .replace(/\\([[\]_*#.!()-])/g, "$1");

// A sentence ends at . ! ? followed by a space and a capital, a digit or an opening mark,
// but not after "e.g.", "i.e.", "vs.", "Fig." or a single initial.
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|etc|Fig|fig|Eq|eq|approx|cf|No|Dr|Mr|Ms|St|[A-Z]))([.!?])\s+(?=[A-Z0-9`"'(*$[])/g;

export function splitSentences(text: string): string[] {
  return text
    .replace(SENTENCE_END, "$1\u0000")
    .split("\u0000")
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** A passage's Markdown as units, tabs and reader-specific blocks marked, quiz and exercise text absent. */
export function passageUnits(markdown: string): Unit[] {
  const tree = fromMarkdown(markdown, parseOptions) as Root;
  const units: Unit[] = [];
  let place: Place = {};
  let paragraph = 0;
  let tabOpens = false;

  const addSentences = (text: string) => {
    paragraph++;
    const leads = paragraph === 1 || tabOpens;
    tabOpens = false;
    splitSentences(text).forEach((sentence, index) => units.push({ kind: "sentence", text: sentence, paragraph, first: index === 0, leads, place }));
  };

  const visitBlock = (node: RootContent) => {
    switch (node.type) {
      case "paragraph": {
        const text = inline(node.children);
        const tab = TAB_MARKER.exec(text);
        const audience = AUDIENCE_MARKER.exec(text);
        if (tab) {
          place = { ...place, tab: tab[1] };
          tabOpens = true;
        }
        else if (audience) place = { ...place, audience: audience[1] };
        else if (text === END_MARKER || text === "**—**") place = {};
        // A bold run on its own is a label ("**Step 2: Build it**", "**Note.**"): not a sentence.
        else if (!/^\*\*[^*]+\*\*$/.test(text)) addSentences(text);
        return;
      }
      case "list":
        for (const item of (node as List).children) {
          const text = item.children.map((child) => (child.type === "paragraph" ? inline(child.children) : "")).join(" ").trim();
          if (text) {
            paragraph++;
            units.push({ kind: "sentence", text: `- ${text}`, paragraph, first: true, leads: false, place });
            tabOpens = false;
          }
        }
        return;
      case "code":
        tabOpens = false;
        units.push({ kind: "code", lang: (node as Code).lang ?? "text", value: (node as Code).value, place });
        return;
      case "math":
        units.push({ kind: "math", value: node.value, place });
        return;
      case "table": {
        const rows = (node as Table).children.map((row) => row.children.map((cell) => inline(cell.children)));
        if (rows.length > 1) units.push({ kind: "table", header: rows[0]!, rows: rows.slice(1), place });
        return;
      }
      case "blockquote":
        for (const child of node.children) visitBlock(child);
        return;
      default:
        return;
    }
  };
  for (const node of tree.children) visitBlock(node);
  return units;
}
