import type { Root, RootContent } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { mathToMarkdown } from "mdast-util-math";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { toMarkdown } from "mdast-util-to-markdown";
import { CONDITION_LABELS, type BackgroundHas, type BackgroundLevel } from "@/lib/background/match";

/**
 * Plain Markdown from the book's MDX: what the tutor reads as passages (and
 * what a model or a reader sees as the chapter in Markdown). Components become
 * Markdown a person reads naturally, with a few marker lines that keep their
 * structure: a tab's label, a block meant for one kind of reader, a step.
 */

/** `**Tab: Jazzy**` starts the content of one tab; the next marker or the end of the tab group ends it. */
export const TAB_MARKER = /^\*\*Tab: (.+)\*\*$/;
/** `**For readers …:**` starts a block written for readers with a given setup or level. */
export const AUDIENCE_MARKER = /^\*\*(If you [^*]+):\*\*$/;
/** Closes a tab group or an audience block, so what follows is back in the main text. */
export const END_MARKER = "**—**";

export type MarkdownOptions = {
  /** Keep exercises, solutions and quizzes (a chapter export) or leave them out (tutor passages). */
  exercises: boolean;
  /** Keep figures as images. */
  figures: boolean;
};

const TUTOR: MarkdownOptions = { exercises: false, figures: false };

// Tables unpadded: alignment spaces cost a model tokens and carry nothing.
const extensions = [gfmToMarkdown({ tablePipeAlign: false, tableCellPadding: true }), mathToMarkdown()];

function attribute(element: MdxJsxFlowElement, name: string): string | undefined {
  const found = element.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
  if (!found) return undefined;
  if (typeof found.value === "string") return found.value;
  if (found.value && typeof found.value === "object") return found.value.value;
  return undefined;
}

function literal(element: MdxJsxFlowElement, name: string): unknown {
  const raw = attribute(element, name);
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

const paragraph = (text: string) => text;

function children(node: { children: RootContent[] }, options: MarkdownOptions): string[] {
  return node.children.flatMap((child) => blockMarkdown(child, options));
}

/** One block of a page as Markdown: a list of blocks, since a component may hold several. Empty when left out. */
export function blockMarkdown(node: RootContent, options: MarkdownOptions = TUTOR): string[] {
  switch (node.type) {
    case "yaml":
    case "mdxjsEsm":
    case "mdxFlowExpression":
      return [];
    case "mdxJsxFlowElement":
      return componentMarkdown(node, options);
    default: {
      const text = toMarkdown(node as Root["children"][number], { extensions, bullet: "-" }).trim();
      return text ? [text] : [];
    }
  }
}

function componentMarkdown(element: MdxJsxFlowElement, options: MarkdownOptions): string[] {
  switch (element.name) {
    case "Callout": {
      const title = attribute(element, "title");
      const type = attribute(element, "type") ?? "note";
      const label = `${type[0]!.toUpperCase()}${type.slice(1)}${title ? `: ${title}` : ""}`;
      return [paragraph(`**${label}.**`), ...children(element, options)];
    }
    case "Tabs":
      return [...children(element, options), END_MARKER];
    case "Tab":
      return [paragraph(`**Tab: ${attribute(element, "label") ?? "…"}**`), ...children(element, options)];
    case "Steps":
      return element.children.flatMap((step, index) =>
        step.type === "mdxJsxFlowElement"
          ? [paragraph(`**Step ${index + 1}: ${attribute(step, "title") ?? ""}**`), ...children(step, options)]
          : blockMarkdown(step, options),
      );
    case "ForBackground": {
      const condition = (attribute(element, "has") ?? attribute(element, "level")) as BackgroundHas | BackgroundLevel | undefined;
      const label = condition ? CONDITION_LABELS[condition] : "For some readers";
      return [paragraph(`**${label}:**`), ...children(element, options), END_MARKER];
    }
    case "Figure": {
      if (!options.figures) return [];
      const caption = attribute(element, "caption");
      return [`![${attribute(element, "alt") ?? ""}](${attribute(element, "src") ?? ""})${caption ? `\n\n*${caption}*` : ""}`];
    }
    case "Simulation":
      return [paragraph(`**Try it: ${attribute(element, "title") ?? ""}**`), ...children(element, options)];
    case "Exercise":
      return options.exercises ? [paragraph(`**Exercise: ${attribute(element, "title") ?? ""}**`), ...children(element, options)] : [];
    case "Solution":
      return options.exercises ? [paragraph("**Solution**"), ...children(element, options)] : [];
    case "Quiz": {
      if (!options.exercises) return [];
      const choices = literal(element, "options");
      const answer = literal(element, "answer");
      const list = Array.isArray(choices) ? choices.map((choice, i) => `${i + 1}. ${String(choice)}`).join("\n") : "";
      const right = Array.isArray(choices) && typeof answer === "number" ? `${answer + 1}. ${String(choices[answer])}` : "";
      return [`**Quiz:** ${attribute(element, "question") ?? ""}`, list, `*Answer: ${right}. ${attribute(element, "explanation") ?? ""}*`];
    }
    default:
      return children(element, options);
  }
}
