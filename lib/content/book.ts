import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { Root } from "mdast";
import { env } from "@/lib/env";
import { frontmatterSchema, translationFrontmatterSchema, type Frontmatter } from "./frontmatter";
import { countWords, headingsOf, proseOf, type HeadingInfo } from "./markdown";
import { parseCached } from "./tree-cache";
import { pageHref, SLUG_SEGMENT, type Lang, type Translation } from "./urls";

/** The chapters' folder: content/, or CONTENT_DIR (tests use a scratch book). */
export const contentDir = () => path.resolve(/*turbopackIgnore: true*/ env().CONTENT_DIR);

export type Page = {
  /** "ros2" for a module overview, "ros2/tf2-and-rviz" for a chapter. */
  slug: string;
  module: string;
  lang: Lang;
  kind: "overview" | "chapter";
  href: string;
  /** Path from the project root, for messages and "Edit this page". */
  file: string;
  frontmatter: Frontmatter;
  /** The MDX without its frontmatter, as the renderer takes it. */
  body: string;
  tree: Root;
  headings: HeadingInfo[];
  words: number;
  /** ISO date: frontmatter `updated`, else the file's last commit. */
  updated: string | null;
  /** Line of the `order:` key, for messages about clashing orders. */
  orderLine: number;
  /** First 16 hex digits of the file's SHA-256: what a translation records as its `sourceHash`. */
  digest: string;
  /** A translation's `sourceHash`: the digest of the English file it was made from. */
  sourceHash?: string;
};

export type Module = {
  slug: string;
  href: string;
  title: string;
  description: string;
  order: number;
  overview: Page | null;
  chapters: Page[];
  /** The overview (when there is one), then the chapters: the module in reading order. */
  pages: Page[];
};

export type Problem = { file: string; line: number; message: string };

export type Book = {
  modules: Module[];
  /** Every page in reading order: each module's overview, then its chapters. */
  pages: Page[];
  bySlug: Map<string, Page>;
  problems: Problem[];
};

function lineOfKey(source: string, key: string): number {
  const index = source.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

/** Last commit date of every file under `dir` that git knows, from one `git log`. */
function commitDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const log = execFileSync("git", ["log", "--format=@%cs", "--name-only", "--", "."], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
    let date = "";
    for (const line of log.split("\n")) {
      if (line.startsWith("@")) date = line.slice(1);
      else if (line.trim()) {
        const file = path.join(/*turbopackIgnore: true*/ root, line.trim());
        if (!dates.has(file)) dates.set(file, date);
      }
    }
  } catch {
    // Not a git checkout (a tarball deploy): pages fall back to frontmatter `updated`.
  }
  return dates;
}

// Trees come from a cache (tree-cache.ts) and are never changed: what is read off one is kept with it.
const outlines = new WeakMap<Root, { headings: HeadingInfo[]; words: number }>();
function outlineOf(tree: Root) {
  let outline = outlines.get(tree);
  if (!outline) {
    outline = { headings: headingsOf(tree), words: countWords(proseOf(tree)) };
    outlines.set(tree, outline);
  }
  return outline;
}

export const sourceDigest = (source: string) => crypto.createHash("sha256").update(source).digest("hex").slice(0, 16);

function readPage(
  moduleSlug: string,
  fileName: string,
  problems: Problem[],
  dir: string,
  dates: Map<string, string>,
  lang: Lang = "en",
): Page | null {
  const absolute = path.join(/*turbopackIgnore: true*/ dir, moduleSlug, fileName);
  const file = path.relative(/*turbopackIgnore: true*/ process.cwd(), absolute);
  const source = fs.readFileSync(/*turbopackIgnore: true*/ absolute, "utf8");
  const base = fileName.replace(/\.mdx$/, "");
  if (!SLUG_SEGMENT.test(base)) {
    problems.push({ file, line: 1, message: `file name "${fileName}" must be lowercase words joined by hyphens` });
    return null;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    problems.push({ file, line: 1, message: `frontmatter is not valid YAML: ${(error as Error).message}` });
    return null;
  }
  const result = (lang === "en" ? frontmatterSchema : translationFrontmatterSchema).safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0] ?? "");
      const field = issue.path.length ? issue.path.join(".") : key;
      problems.push({ file, line: lineOfKey(source, key), message: `frontmatter "${field}" ${issue.message}` });
    }
    return null;
  }
  let tree: Root;
  try {
    tree = parseCached(source);
  } catch (error) {
    const place = (error as { line?: number }).line ?? 1;
    problems.push({ file, line: place, message: `MDX does not parse: ${(error as Error).message}` });
    return null;
  }
  const slug = pageSlug(moduleSlug, base);
  const { sourceHash, ...frontmatter } = result.data as Frontmatter & { sourceHash?: string };
  return {
    slug,
    module: moduleSlug,
    lang,
    kind: base === "index" ? "overview" : "chapter",
    href: pageHref(slug, lang),
    file,
    frontmatter,
    body: parsed.content,
    tree,
    ...outlineOf(tree),
    updated: result.data.updated ?? dates.get(absolute) ?? null,
    orderLine: lineOfKey(source, "order"),
    digest: sourceDigest(source),
    ...(sourceHash && { sourceHash }),
  };
}

/** Folders of translated pages (`content/ur/<module>/<chapter>.mdx`): not modules of the English book. */
export const TRANSLATION_DIRS: ReadonlySet<string> = new Set(["ur"]);

/** The translated book in `lang`: English's modules and reading order, with each page that has a translation. */
export function loadTranslation(english: Book, lang: Translation, dir = contentDir()): Book {
  const problems: Problem[] = [];
  const translatedDir = path.join(/*turbopackIgnore: true*/ dir, lang);
  const dates = commitDates(translatedDir);
  const modules: Module[] = [];
  for (const source of english.modules) {
    const read = (page: Page) => {
      const name = `${page.kind === "overview" ? "index" : page.slug.split("/")[1]}.mdx`;
      if (!fs.existsSync(/*turbopackIgnore: true*/ path.join(translatedDir, source.slug, name))) return null;
      return readPage(source.slug, name, problems, translatedDir, dates, lang);
    };
    const overview = source.overview && read(source.overview);
    const chapters = source.chapters.map(read).filter((page) => page !== null);
    if (!overview && chapters.length === 0) continue;
    modules.push({
      ...source,
      href: pageHref(source.slug, lang),
      title: overview?.frontmatter.title ?? source.title,
      description: overview?.frontmatter.description ?? source.description,
      overview,
      chapters,
      pages: [...(overview ? [overview] : []), ...chapters],
    });
  }
  const pages = modules.flatMap((module) => module.pages);
  return { modules, pages, bySlug: new Map(pages.map((page) => [page.slug, page])), problems };
}

/** The slug of the page in `content/<moduleSlug>/<base>.mdx`: a module's index.mdx is the module's own page. */
export const pageSlug = (moduleSlug: string, base: string) => (base === "index" ? moduleSlug : `${moduleSlug}/${base}`);

/** A translation made from an older version of its English page. */
export const isStale = (translation: Page, english: Page | undefined) => english !== undefined && translation.sourceHash !== english.digest;

const titleCase = (slug: string) => slug.replace(/-/g, " ").replace(/^\w/, (c) => c.toUpperCase());

/** Reads and validates every page under `dir`. Problems are collected, not thrown (see loadValidBook). */
export function loadBook(dir = contentDir()): Book {
  const problems: Problem[] = [];
  const modules: Module[] = [];
  const dates = commitDates(dir);
  const moduleDirs = fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !TRANSLATION_DIRS.has(entry.name))
    .map((entry) => entry.name);
  for (const moduleSlug of moduleDirs) {
    const moduleFile = path.relative(/*turbopackIgnore: true*/ process.cwd(), path.join(/*turbopackIgnore: true*/ dir, moduleSlug));
    if (!SLUG_SEGMENT.test(moduleSlug)) {
      problems.push({ file: moduleFile, line: 1, message: `folder name "${moduleSlug}" must be lowercase words joined by hyphens` });
      continue;
    }
    const files = fs.readdirSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, moduleSlug)).filter((name) => name.endsWith(".mdx"));
    const pages = files.map((name) => readPage(moduleSlug, name, problems, dir, dates)).filter((page) => page !== null);
    const overview = pages.find((page) => page.kind === "overview") ?? null;
    const chapters = pages
      .filter((page) => page.kind === "chapter")
      .sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
    for (let i = 1; i < chapters.length; i++) {
      if (chapters[i]!.frontmatter.order === chapters[i - 1]!.frontmatter.order) {
        problems.push({
          file: chapters[i]!.file,
          line: chapters[i]!.orderLine,
          message: `order ${chapters[i]!.frontmatter.order} is also used by ${chapters[i - 1]!.file}; give each chapter its own`,
        });
      }
    }
    if (chapters.length === 0 && !overview) continue;
    modules.push({
      slug: moduleSlug,
      href: pageHref(moduleSlug),
      title: overview?.frontmatter.title ?? titleCase(moduleSlug),
      description: overview?.frontmatter.description ?? "",
      order: overview?.frontmatter.order ?? Number.MAX_SAFE_INTEGER,
      overview,
      chapters,
      pages: [...(overview ? [overview] : []), ...chapters],
    });
  }
  modules.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const pages = modules.flatMap((module) => module.pages);
  return { modules, pages, bySlug: new Map(pages.map((page) => [page.slug, page])), problems };
}
