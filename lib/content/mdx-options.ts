import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeKatex from "rehype-katex";
import rehypePrettyCode from "rehype-pretty-code";
import rehypeSlug from "rehype-slug";
import { getSingletonHighlighter } from "shiki";
import { CODE_LANGUAGES } from "./components";
import { remarkPlugins } from "./markdown";
import { rehypeFocusableMath } from "./rehype-focusable-math";

const PLAIN_OR_ALIAS = new Set<string>(["text", "plaintext", "console", "sh", "shell"]);

// The same themes as the tutor panel: their token colours keep 4.5:1 on the code background in both themes.
const THEMES = { dark: "github-dark-default", light: "github-light-high-contrast" } as const;

// Shiki is slow to start; one highlighter serves every page of a build.
const highlighter = () =>
  getSingletonHighlighter({
    themes: Object.values(THEMES),
    // "text" and "plaintext" need no grammar; "sh", "shell" and "console" are
    // aliases that loading "bash" and "shellsession" brings along.
    langs: [...CODE_LANGUAGES.filter((lang) => !PLAIN_OR_ALIAS.has(lang)), "shellsession"],
  });

/** remark/rehype plugins shared by every chapter: GFM, KaTeX math, heading ids, build-time highlighting. */
export const mdxOptions = {
  remarkPlugins,
  rehypePlugins: [
    rehypeSlug,
    [rehypeAutolinkHeadings, { behavior: "wrap", properties: { className: ["heading-anchor"] } }],
    [rehypeKatex, { strict: false, output: "html" }],
    rehypeFocusableMath,
    [rehypePrettyCode, { theme: THEMES, keepBackground: false, defaultLang: "text", getHighlighter: highlighter }],
  ],
} as const;
