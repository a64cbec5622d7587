import type { CompileOptions } from "@mdx-js/mdx";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeKatex from "rehype-katex";
import rehypePrettyCode from "rehype-pretty-code";
import rehypeSlug from "rehype-slug";
import { LRUCache } from "lru-cache";
import type { CodeToHastOptions, LanguageInput } from "shiki";
import { createHighlighterCore, type HighlighterCore } from "shiki/core";
import { createOnigurumaEngine } from "shiki/engine/oniguruma";
import { rehypeCodeTokenClasses } from "./rehype-code-token-classes";
import type { CODE_LANGUAGES } from "./components";
import { remarkPlugins } from "./markdown";
import { rehypeFocusableScrollers } from "./rehype-focusable-scrollers";
import { recmaStaticHtml, rehypeStaticHtml } from "./static-html";
import { remarkPythonCells } from "./remark-python-cells";

// The same themes as the tutor panel: their token colours keep 4.5:1 on the code background in both themes.
const THEMES = { dark: "github-dark-default", light: "github-light-high-contrast" } as const;

/**
 * A grammar for every language the book allows: one import each, rather than
 * shiki's bundle of every language it knows, which the dev server and the
 * build would otherwise compile whole. "text" and "plaintext" need none; "sh",
 * "shell" and "console" are aliases that bash and shellsession bring along.
 */
const GRAMMARS: Record<Exclude<(typeof CODE_LANGUAGES)[number], "text" | "plaintext" | "sh" | "shell" | "console">, () => Promise<unknown>> = {
  python: () => import("shiki/langs/python.mjs"),
  cpp: () => import("shiki/langs/cpp.mjs"),
  c: () => import("shiki/langs/c.mjs"),
  xml: () => import("shiki/langs/xml.mjs"),
  yaml: () => import("shiki/langs/yaml.mjs"),
  bash: () => import("shiki/langs/bash.mjs"),
  json: () => import("shiki/langs/json.mjs"),
  toml: () => import("shiki/langs/toml.mjs"),
  ini: () => import("shiki/langs/ini.mjs"),
  cmake: () => import("shiki/langs/cmake.mjs"),
  csharp: () => import("shiki/langs/csharp.mjs"),
  dockerfile: () => import("shiki/langs/dockerfile.mjs"),
  diff: () => import("shiki/langs/diff.mjs"),
  javascript: () => import("shiki/langs/javascript.mjs"),
  typescript: () => import("shiki/langs/typescript.mjs"),
  markdown: () => import("shiki/langs/markdown.mjs"),
};

// Highlighting is most of the time a chapter takes to render (seconds on a
// busy machine). A code block is highlighted once per text and options: a save
// in the dev server re-highlights only the blocks it changed, and in a build a
// snippet shared by pages is highlighted once. Up to 32 M characters of HTML.
const highlighted = new LRUCache<string, string>({ maxSize: 32_000_000, sizeCalculation: (html) => html.length });

// Shiki is slow to start; one highlighter serves every page of a build.
let started: Promise<HighlighterCore> | undefined;
const highlighter = async () => {
  started ??= createHighlighterCore({
    themes: [import("shiki/themes/github-dark-default.mjs"), import("shiki/themes/github-light-high-contrast.mjs")],
    langs: [...Object.values(GRAMMARS), () => import("shiki/langs/shellsession.mjs")] as LanguageInput[],
    engine: createOnigurumaEngine(import("shiki/wasm")),
  });
  const shiki = await started;
  const codeToHtml = (code: string, options: CodeToHastOptions) => {
    const key = JSON.stringify([code, options]);
    let html = highlighted.get(key);
    if (html === undefined) {
      html = shiki.codeToHtml(code, options);
      highlighted.set(key, html);
    }
    return html;
  };
  // Every grammar is loaded above; rehype-pretty-code asks for each language it meets by name, which only a full bundle can resolve.
  return { ...shiki, codeToHtml, loadLanguage: async () => {} };
};

/** remark/rehype/recma plugins shared by every chapter: GFM, KaTeX math, heading ids, build-time highlighting, runnable cells, compact payloads. */
export const mdxOptions: Pick<CompileOptions, "remarkPlugins" | "rehypePlugins" | "recmaPlugins"> = {
  remarkPlugins: [...remarkPlugins, remarkPythonCells],
  rehypePlugins: [
    rehypeSlug,
    [rehypeAutolinkHeadings, { behavior: "wrap", properties: { className: ["heading-anchor"] } }],
    [rehypeKatex, { strict: false, output: "html" }],
    rehypeFocusableScrollers,
    // Inline code stays plain <code>: highlighting it as "text" wrapped each in three elements that change nothing on screen.
    [rehypePrettyCode, { theme: THEMES, keepBackground: false, defaultLang: { block: "text" }, getHighlighter: highlighter }],
    rehypeCodeTokenClasses,
    // Last: plain HTML goes to React as strings. `replaced`: the HTML elements components/mdx renders with a component.
    [rehypeStaticHtml, { replaced: ["pre"] }],
  ],
  recmaPlugins: [recmaStaticHtml],
};
