import type { MDXComponents } from "mdx/types";
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
