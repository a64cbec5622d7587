"use client";

import type { Element, ElementContent, Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mathFromMarkdown } from "mdast-util-math";
import { toHast } from "mdast-util-to-hast";
import { gfm } from "micromark-extension-gfm";
import { math } from "micromark-extension-math";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { visit } from "unist-util-visit";
import type { Source } from "@/lib/ai/tutor-message";
import { CodeBlock } from "./code-block";
import { TexMath } from "./tex-math";

/** Only the book's own pages and ordinary web links survive; javascript:, data: and the like are dropped. */
export function safeUrl(url: string): string | null {
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  if (url.startsWith("#")) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** Turns the model's [n] markers into links to the cited sections. */
export function linkCitations(text: string, sources: Source[]): string {
  const byNumber = new Map(sources.map((source) => [source.n, source]));
  return text.replace(/\[(\d{1,2})\](?!\()/g, (marker, n: string) => {
    const source = byNumber.get(Number(n));
    return source ? `[[${n}]](${source.href} "${source.title.replace(/"/g, "'")} — ${source.heading.replace(/"/g, "'")}")` : marker;
  });
}

/**
 * Markdown (GFM tables, lists, code, $…$ and $$…$$ maths) to a hast tree. Raw
 * HTML in model output is dropped by mdast-util-to-hast, so a <script> in an
 * answer never reaches the page, and links keep only safe URLs.
 */
function toTree(markdown: string): Root {
  const tree = toHast(
    fromMarkdown(markdown, { extensions: [gfm(), math()], mdastExtensions: [gfmFromMarkdown(), mathFromMarkdown()] }),
  ) as Root;
  visit(tree, "element", (node: Element) => {
    for (const key of ["href", "src"]) {
      const value = node.properties[key];
      if (typeof value !== "string") continue;
      const safe = safeUrl(value);
      if (safe) node.properties[key] = safe;
      else delete node.properties[key];
    }
  });
  return tree;
}

const textOf = (nodes: ElementContent[]): string =>
  nodes.map((node) => (node.type === "text" ? node.value : node.type === "element" ? textOf(node.children) : "")).join("");

const classesOf = (node: ElementContent | undefined): string[] => {
  const className = node?.type === "element" ? node.properties.className : undefined;
  return Array.isArray(className) ? className.map(String) : [];
};

// Whether the answer is still arriving: code is highlighted once it has ended.
const Streaming = createContext(false);

function Pre({ node }: { node?: Element }) {
  const streaming = useContext(Streaming);
  const code = node?.children.find((child) => child.type === "element" && child.tagName === "code");
  const classes = classesOf(code);
  const text = code?.type === "element" ? textOf(code.children) : "";
  if (classes.includes("math-display")) return <TexMath tex={text} display />;
  const language = classes.find((name) => name.startsWith("language-"))?.slice("language-".length);
  return <CodeBlock code={text.replace(/\n$/, "")} language={language} streaming={streaming} />;
}

function Code({ node, children, className }: { node?: Element; children?: ReactNode; className?: string }) {
  return node && classesOf(node).includes("math-inline") ? <TexMath tex={textOf(node.children)} display={false} /> : <code className={className}>{children}</code>;
}

// Defined once: new component functions on every render would remount highlighted code and typeset maths.
const components: Components = { pre: Pre, code: Code };

/**
 * The tutor's answers as markdown. Code blocks are highlighted and maths typeset
 * only when an answer has them: both load on demand, so the panel itself stays light.
 */
export function MessageMarkdown({ text, sources, streaming }: { text: string; sources: Source[]; streaming: boolean }) {
  // Each streamed chunk re-renders every answer; only the one that changed is parsed again.
  const content = useMemo(() => toJsxRuntime(toTree(linkCitations(text, sources)), { Fragment, jsx, jsxs, passNode: true, components }), [text, sources]);
  return (
    <Streaming.Provider value={streaming}>
      <div className="chat-markdown">{content}</div>
    </Streaming.Provider>
  );
}
