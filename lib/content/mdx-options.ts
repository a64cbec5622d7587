import type { CompileOptions } from "@mdx-js/mdx";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeKatex from "rehype-katex";
import rehypePrettyCode from "rehype-pretty-code";
import rehypeSlug from "rehype-slug";
import { LRUCache } from "lru-cache";
import { getSingletonHighlighter, type CodeToHastOptions } from "shiki";
import { CODE_LANGUAGES } from "./components";
import { remarkPlugins } from "./markdown";

const PLAIN_OR_ALIAS = new Set<string>(["text", "plaintext", "console", "sh", "shell"]);

// The same themes as the tutor panel: their token colours keep 4.5:1 on the code background in both themes.
const THEMES = { dark: "github-dark-default", light: "github-light-high-contrast" } as const;

// Highlighting is most of the time a chapter takes to render (seconds on a
// busy machine). A code block is highlighted once per text and options: a save
// in the dev server re-highlights only the blocks it changed, and in a build a
// snippet shared by pages is highlighted once. Up to 32 M characters of HTML.
const highlighted = new LRUCache<string, string>({ maxSize: 32_000_000, sizeCalculation: (html) => html.length });

// Shiki is slow to start; one highlighter serves every page of a build.
const highlighter = async () => {
  const shiki = await getSingletonHighlighter({
    themes: Object.values(THEMES),
    // "text" and "plaintext" need no grammar; "sh", "shell" and "console" are
    // aliases that loading "bash" and "shellsession" brings along.
    langs: [...CODE_LANGUAGES.filter((lang) => !PLAIN_OR_ALIAS.has(lang)), "shellsession"],
  });
  const codeToHtml = (code: string, options: CodeToHastOptions) => {
    const key = JSON.stringify([code, options]);
    let html = highlighted.get(key);
    if (html === undefined) {
      html = shiki.codeToHtml(code, options);
      highlighted.set(key, html);
    }
    return html;
  };
  return { ...shiki, codeToHtml };
};

/** remark/rehype plugins shared by every chapter: GFM, KaTeX math, heading ids, build-time highlighting. */
export const mdxOptions: Pick<CompileOptions, "remarkPlugins" | "rehypePlugins"> = {
  remarkPlugins,
  rehypePlugins: [
    rehypeSlug,
    [rehypeAutolinkHeadings, { behavior: "wrap", properties: { className: ["heading-anchor"] } }],
    [rehypeKatex, { strict: false, output: "html" }],
    [rehypePrettyCode, { theme: THEMES, keepBackground: false, defaultLang: "text", getHighlighter: highlighter }],
  ],
};
