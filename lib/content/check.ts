import fs from "node:fs";
import path from "node:path";
import type { Code, Image, Link } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { Book, Page, Problem } from "./book";
import {
  BACKGROUND_HAS,
  BACKGROUND_LEVELS,
  CALLOUT_TYPES,
  CODE_LANGUAGES,
  MDX_COMPONENTS,
  SIMULATIONS,
} from "./components";
import { cellProgram } from "./remark-python-cells";
import { BOOK_PATH, slugOfPath, STARTER_KIT_ZIP } from "./urls";

export const MIN_CHAPTER_WORDS = 1500;

/** App routes a chapter may link to besides other chapters. */
const APP_ROUTES = new Set(["/", "/learn", "/sign-in", "/sign-up", "/account", "/onboarding", STARTER_KIT_ZIP]);

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A literal attribute value: strings as written, `{...}` expressions evaluated when they are plain literals. */
export function attributeValue(element: JsxElement, name: string): { present: boolean; value: unknown } {
  const attribute = element.attributes.find(
    (a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name,
  );
  if (!attribute) return { present: false, value: undefined };
  if (attribute.value === null || attribute.value === undefined) return { present: true, value: true };
  if (typeof attribute.value === "string") return { present: true, value: attribute.value };
  try {
    return { present: true, value: JSON.parse(attribute.value.value) };
  } catch {
    return { present: true, value: undefined };
  }
}

function checkComponent(element: JsxElement, report: (message: string) => void) {
  const name = element.name;
  if (!name || /^[a-z]/.test(name)) return;
  if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
    report(`unknown component <${name}>; available: ${MDX_COMPONENTS.join(", ")}`);
    return;
  }
  const attr = (key: string) => attributeValue(element, key);
  const requireString = (key: string) => {
    const { value } = attr(key);
    if (typeof value !== "string" || !value.trim()) report(`<${name}> needs a ${key}="…"`);
  };
  switch (name) {
    case "Callout": {
      const { present, value } = attr("type");
      if (present && !(CALLOUT_TYPES as readonly unknown[]).includes(value)) {
        report(`<Callout type> must be one of ${CALLOUT_TYPES.join(", ")}`);
      }
      break;
    }
    case "Tab":
    case "Step":
      requireString(name === "Tab" ? "label" : "title");
      break;
    case "Figure":
      requireString("src");
      requireString("alt");
      requireString("caption");
      break;
    case "Exercise":
      requireString("title");
      break;
    case "Quiz": {
      requireString("id");
      requireString("question");
      requireString("explanation");
      const options = attr("options").value;
      const answer = attr("answer").value;
      if (!Array.isArray(options) || options.length < 2 || options.some((o) => typeof o !== "string")) {
        report(`<Quiz options> must be a list of at least two strings, e.g. options={["A", "B"]}`);
      } else if (typeof answer !== "number" || !Number.isInteger(answer) || answer < 0 || answer >= options.length) {
        report(`<Quiz answer> must be the index (0–${options.length - 1}) of the correct option`);
      }
      break;
    }
    case "PythonCell":
      if (element.type !== "mdxJsxFlowElement" || !cellProgram(element)) {
        report("<PythonCell> wraps exactly one ```python block with a file title (title=\"name.py\"), on lines of its own");
      }
      break;
    case "Simulation": {
      const { value } = attr("name");
      if (!(SIMULATIONS as readonly unknown[]).includes(value)) report(`<Simulation name> must be one of ${SIMULATIONS.join(", ")}`);
      requireString("title");
      break;
    }
    case "ForBackground": {
      const has = attr("has");
      const level = attr("level");
      if (has.present === level.present) report(`<ForBackground> takes exactly one of has="…" or level="…"`);
      if (has.present && !(BACKGROUND_HAS as readonly unknown[]).includes(has.value)) {
        report(`<ForBackground has> must be one of ${BACKGROUND_HAS.join(", ")}`);
      }
      if (level.present && !(BACKGROUND_LEVELS as readonly unknown[]).includes(level.value)) {
        report(`<ForBackground level> must be one of ${BACKGROUND_LEVELS.join(", ")}`);
      }
      break;
    }
  }
}

function checkInternalLink(url: string, page: Page, book: Book, report: (message: string) => void) {
  const [pathPart = "", anchor] = url.split("#");
  const slug = slugOfPath(pathPart);
  const target = pathPart === "" ? page : slug && book.bySlug.get(slug);
  if (pathPart !== "" && !pathPart.startsWith(`${BOOK_PATH}/`)) {
    if (!APP_ROUTES.has(pathPart)) report(`link to ${url}: no such page in the app`);
    return;
  }
  if (!target) {
    const hint = pathPart.endsWith("/index") ? ` (a module overview is ${pathPart.replace(/\/index$/, "")})` : "";
    report(`link to ${url}: no chapter has that path${hint}`);
    return;
  }
  if (anchor && !target.headings.some((heading) => heading.id === anchor)) {
    report(`link to ${url}: ${target.file} has no heading with the anchor #${anchor}`);
  }
}

function checkImage(src: string, report: (message: string) => void, publicDir: string) {
  if (/^[a-z]+:\/\//i.test(src)) {
    report(`image ${src} is remote; put it under public/ so the book works offline`);
    return;
  }
  if (!src.startsWith("/")) {
    report(`image ${src} must be an absolute path under public/, e.g. /images/ros2/graph.svg`);
    return;
  }
  if (!fs.existsSync(/*turbopackIgnore: true*/ path.join(publicDir, src))) report(`image ${src} does not exist (looked in public${src})`);
}

/** Everything `npm run content:check` and the build refuse, sorted by file and line. */
export function checkBook(book: Book, publicDir = path.join(process.cwd(), "public")): Problem[] {
  const problems: Problem[] = [...book.problems];
  const quizIds = new Map<string, string>();
  for (const page of book.pages) {
    const at = (line: number | undefined) => (message: string) =>
      problems.push({ file: page.file, line: line ?? 1, message });
    for (const prerequisite of page.frontmatter.prerequisites) {
      if (!book.bySlug.has(prerequisite)) at(1)(`prerequisite "${prerequisite}" is not a chapter`);
    }
    for (const { when, sections } of page.frontmatter.personalise) {
      for (const anchor of sections) {
        if (!page.headings.some((heading) => heading.id === anchor)) {
          at(1)(`personalise path "${when}" names section "${anchor}", which is not a heading anchor of this page`);
        }
      }
    }
    visit(page.tree, (node) => {
      const report = at(node.position?.start.line);
      if (node.type === "link") {
        const { url } = node as Link;
        if (url.startsWith("/") || url.startsWith("#")) checkInternalLink(url, page, book, report);
      } else if (node.type === "image") {
        checkImage((node as Image).url, report, publicDir);
      } else if (node.type === "code") {
        const { lang } = node as Code;
        if (!lang) report("code block needs a language, e.g. ```python (use ```text for plain output)");
        else if (!(CODE_LANGUAGES as readonly string[]).includes(lang)) {
          report(`code language "${lang}" is not highlighted; use one of ${CODE_LANGUAGES.join(", ")}`);
        }
      } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        const element = node as JsxElement;
        checkComponent(element, report);
        if (element.name === "Figure") {
          const { value } = attributeValue(element, "src");
          if (typeof value === "string") checkImage(value, report, publicDir);
        }
        if (element.name === "a") {
          const { value } = attributeValue(element, "href");
          if (typeof value === "string" && value.startsWith("/")) checkInternalLink(value, page, book, report);
        }
        if (element.name === "Quiz") {
          const { value: id } = attributeValue(element, "id");
          if (typeof id === "string") {
            const where = `${page.file}:${node.position?.start.line ?? 1}`;
            const earlier = quizIds.get(id);
            if (earlier) report(`quiz id "${id}" is already used at ${earlier}`);
            else quizIds.set(id, where);
          }
        }
      } else if (node.type === "mdxjsEsm") {
        report("import/export statements are not allowed in chapters; use the built-in components");
      }
    });
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export const formatProblem = (problem: Problem) => `${problem.file}:${problem.line}: ${problem.message}`;

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The book has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
  }
}
