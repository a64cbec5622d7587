import { createHighlighterCore, type HighlighterCore, type ThemedToken } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import type { Grammar } from "./code-languages";

// One import per grammar, so an answer in Python downloads the Python grammar and nothing else.
const LOADERS: Record<Grammar, () => Promise<unknown>> = {
  python: () => import("shiki/langs/python.mjs"),
  bash: () => import("shiki/langs/bash.mjs"),
  xml: () => import("shiki/langs/xml.mjs"),
  yaml: () => import("shiki/langs/yaml.mjs"),
  cpp: () => import("shiki/langs/cpp.mjs"),
  csharp: () => import("shiki/langs/csharp.mjs"),
  cmake: () => import("shiki/langs/cmake.mjs"),
};

// Of the GitHub themes, these two keep every token colour at 4.5:1 or more on --code-bg (tests/unit/code-highlight.test.ts).
export const THEMES = { light: "github-light-high-contrast", dark: "github-dark-default" } as const;

let highlighter: Promise<HighlighterCore> | undefined;
const loaded = new Map<Grammar, Promise<void>>();

/** Tokens carrying both themes' colours as --shiki-light / --shiki-dark; the page's theme picks one in CSS. */
export async function highlight(code: string, grammar: Grammar): Promise<ThemedToken[][]> {
  highlighter ??= createHighlighterCore({
    themes: [import("shiki/themes/github-light-high-contrast.mjs"), import("shiki/themes/github-dark-default.mjs")],
    langs: [],
    // The JavaScript engine needs no WebAssembly download; forgiving, a rare pattern it cannot run leaves text unstyled.
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  const shiki = await highlighter;
  if (!loaded.has(grammar)) loaded.set(grammar, LOADERS[grammar]().then((module) => shiki.loadLanguage((module as { default: Parameters<HighlighterCore["loadLanguage"]>[0] }).default)));
  await loaded.get(grammar);
  return shiki.codeToTokens(code, { lang: grammar, themes: THEMES, defaultColor: false }).tokens;
}
