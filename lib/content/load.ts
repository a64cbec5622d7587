import path from "node:path";
import { contentDir, isStale, loadBook, loadTranslation, pageSlug, type Book, type Page, type Problem } from "./book";
import { checkBook, ContentError } from "./check";
import { compareStructure } from "./translation-structure";
import type { Translation } from "./urls";

/** The book with every problem found in it, loader's and checker's, in `problems`. */
export function loadCheckedBook(dir = contentDir()): Book {
  const book = loadBook(dir);
  return { ...book, problems: checkBook(book) };
}

/** The book, read and checked: the one loader for pages and scripts. Throws a ContentError naming every problem. */
export function loadValidBook(dir = contentDir()): Book {
  const book = loadCheckedBook(dir);
  if (book.problems.length > 0) throw new ContentError(book.problems);
  return book;
}

/** The page a problem is in, or undefined for one about the book as a whole (a folder's name). */
export function slugOfProblem(problem: Problem, dir = contentDir()): string | undefined {
  const relative = path.relative(/*turbopackIgnore: true*/ dir, path.resolve(/*turbopackIgnore: true*/ process.cwd(), problem.file));
  const match = /^([^/\\]+)[/\\]([^/\\]+)\.mdx$/.exec(relative);
  if (!match) return undefined;
  return pageSlug(match[1]!, match[2]!);
}

/** The problems of the page at `slug`: the error its page shows in development instead of the whole book failing. */
export const problemsOfPage = (book: Book, slug: string, dir = contentDir()): Problem[] =>
  book.problems.filter((problem) => slugOfProblem(problem, dir) === slug);

/**
 * A translation's problems: its own (frontmatter, links, components, read
 * against the English book, whose URLs its links keep), and wherever its code,
 * maths, headings, links or components differ from its English page. The build
 * passes `stale: false`: a page whose English has changed since it was translated
 * is served with a notice rather than stopping the build (content:check lists it).
 */
export function checkTranslation(english: Book, translated: Book, { stale = true } = {}): Problem[] {
  // Links keep the English URLs and anchors, a link within the page too: they are checked against the English headings.
  const pages = translated.pages.map((page) => ({ ...page, headings: english.bySlug.get(page.slug)?.headings ?? page.headings }));
  const problems = checkBook({ ...translated, pages, bySlug: english.bySlug });
  for (const page of translated.pages) {
    const source = english.bySlug.get(page.slug);
    if (!source || (!stale && isStale(page, source))) continue;
    const routes = (paths: typeof page.frontmatter.personalise) => JSON.stringify(paths.map(({ when, sections }) => [when, sections]));
    if (routes(page.frontmatter.personalise) !== routes(source.frontmatter.personalise)) {
      problems.push({ file: page.file, line: 1, message: "personalise paths differ from the English page's: keep each `when` and its `sections` (the English anchors) and translate only `path`" });
    }
    for (const difference of compareStructure(source.tree, page.tree)) {
      problems.push({ file: page.file, line: difference.line, message: `${difference.message} (translations keep the English page's structure)` });
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The translated book in `lang`, checked as the build checks it; throws like loadValidBook. */
export function loadValidTranslation(english: Book, lang: Translation, dir = contentDir()): Book {
  const translated = loadTranslation(english, lang, dir);
  const problems = checkTranslation(english, translated, { stale: false });
  if (problems.length > 0) throw new ContentError(problems);
  return { ...translated, problems };
}

/** Translations made from an older version of their English page: listed by content:check, flagged on the page. */
export const staleTranslations = (english: Book, translated: Book): Page[] =>
  translated.pages.filter((page) => isStale(page, english.bySlug.get(page.slug)));
