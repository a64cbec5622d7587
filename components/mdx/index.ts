import type { MDXComponents } from "mdx/types";
import { createElement, type ComponentType } from "react";
import type { Lang } from "@/lib/i18n";
import type { MdxComponentName } from "@/lib/content/components";
import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Exercise, Solution } from "./exercise";
import { Figure } from "./figure";
import { ForBackground } from "./for-background";
import { PythonCell } from "./python-cell";
import { Quiz } from "./quiz";
import { Simulation } from "./simulation";
import { Step, Steps } from "./steps";
import { Tab, Tabs } from "./tabs";

// Typed by name so adding a component to lib/content/components.ts without
// rendering it here is a type error.
const authorComponents: Record<MdxComponentName, unknown> = {
  Callout,
  Tabs,
  Tab,
  Figure,
  Steps,
  Step,
  Quiz,
  Exercise,
  Solution,
  ForBackground,
  PythonCell,
  Simulation,
};

/** Everything a chapter can render: the author components and the code-block wrapper. */
export const mdxComponents = { ...authorComponents, pre: CodeBlock } as unknown as MDXComponents;

/** A component with the page's language bound, for the components that have words of their own. */
const inLang = <P extends object>(component: ComponentType<P & { lang?: Lang }>, lang: Lang) =>
  function Localised(props: P) {
    return createElement(component, { ...props, lang });
  };

const byLang = new Map<Lang, MDXComponents>([["en", mdxComponents]]);

/** mdxComponents for a page in `lang`: the same components, their own labels (a callout's "Note", "Show solution") translated. */
export function mdxComponentsIn(lang: Lang): MDXComponents {
  let components = byLang.get(lang);
  if (!components) {
    components = {
      ...mdxComponents,
      Callout: inLang(Callout, lang),
      Tabs: inLang(Tabs, lang),
      Exercise: inLang(Exercise, lang),
      Solution: inLang(Solution, lang),
    } as unknown as MDXComponents;
    byLang.set(lang, components);
  }
  return components;
}
