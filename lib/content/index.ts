import "server-only";
import fs from "node:fs";
import path from "node:path";
import { contentDir, isStale, loadTranslation, pageSlug, TRANSLATION_DIRS, type Book, type Page } from "./book";
import { ContentError } from "./check";
import { checkTranslation, loadCheckedBook, loadValidBook, loadValidTranslation, problemsOfPage, slugOfProblem } from "./load";
import type { Translation } from "./urls";

export type { Book, Module, Page } from "./book";

// On globalThis: Next loads this module separately for instrumentation, pages
// and route handlers, and they should share one parsed book.
const globalForBook = globalThis as typeof globalThis & {
  __textbookBook?: { signature: string; book: Book };
  __textbookTranslations?: Map<Translation, { english: Book; book: Book }>;
};

// Cheap fingerprint of content/: in development an edited or added file
// changes it, so the next request re-reads the book without a restart.
function signature(dir: string): string {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => `${name}:${fs.statSync(/*turbopackIgnore: true*/ path.join(dir, name)).mtimeMs}`)
    .join("|");
}

/**
 * The book. Anywhere but the dev server, invalid content throws a ContentError
 * listing every problem by file and line, so `next build` refuses it. The dev
 * server serves it with its problems in `book.problems`: a chapter with a
 * broken link shows its own error (pageOf) while the rest of the book works.
 */
export function getBook(): Book {
  const cached = globalForBook.__textbookBook;
  if (process.env.NODE_ENV === "production" && cached) return cached.book;
  const dir = contentDir();
  const current = signature(dir);
  if (cached?.signature === current) return cached.book;
  const book = process.env.NODE_ENV === "development" ? loadCheckedBook(dir) : loadValidBook(dir);
  if (book.problems.length > 0) {
    console.error(
      `${new ContentError(book.problems).message}\n` +
        "Each page shows its own; `next build` refuses the book until all are fixed.",
    );
  }
  globalForBook.__textbookBook = { signature: current, book };
  return book;
}

/**
 * The book in `lang`, made from getBook()'s English (the same tree cache and
 * signature, so it is read again exactly when the English is). Anywhere but the
 * dev server a translation that differs in structure from its English page
 * throws, as invalid English does.
 */
export function getTranslatedBook(lang: Translation): Book {
  const english = getBook();
  globalForBook.__textbookTranslations ??= new Map();
  const cached = globalForBook.__textbookTranslations.get(lang);
  if (cached?.english === english) return cached.book;
  let book: Book;
  if (process.env.NODE_ENV === "development") {
    const loaded = loadTranslation(english, lang);
    book = { ...loaded, problems: checkTranslation(english, loaded) };
    if (book.problems.length > 0) console.error(new ContentError(book.problems).message);
  } else {
    book = loadValidTranslation(english, lang);
  }
  globalForBook.__textbookTranslations.set(lang, { english, book });
  return book;
}

/** The translation of `slug` in `lang` and whether the English has changed since it was made, or null. */
export function translatedPage(lang: Translation, slug: string): { page: Page; english: Page; stale: boolean } | null {
  const book = getTranslatedBook(lang);
  const problems = problemsOfPage(book, slug, `${contentDir()}/${lang}`);
  if (problems.length > 0) throw new ContentError(problems);
  const page = book.bySlug.get(slug);
  const english = getBook().bySlug.get(slug);
  if (!page || !english) return null;
  return { page, english, stale: isStale(page, english) };
}

/** The page at `slug`, or null. A page with problems (only the dev server serves one) throws them as a ContentError. */
export function pageOf(book: Book, slug: string): Page | null {
  const problems = problemsOfPage(book, slug);
  if (problems.length > 0) throw new ContentError(problems);
  return book.bySlug.get(slug) ?? null;
}

export function getPage(slug: string) {
  return pageOf(getBook(), slug);
}

/** Every page's slug, and in development those of pages too broken to read, so that they show their problems rather than a 404. */
export function pageSlugs(book: Book): string[] {
  const broken = book.problems.map((problem) => slugOfProblem(problem)).filter((slug) => slug !== undefined);
  return [...new Set([...book.pages.map((page) => page.slug), ...broken])];
}

/**
 * The slug of every page file under content/ (or its translation in `lang`), from the file names alone. The dev
 * server asks a route's generateStaticParams in a process of its own, for the first request only; reading the whole
 * book there (seconds on a busy machine) would delay the first page an author opens. In a valid book these are the
 * book's own slugs.
 */
export function slugsOnDisk(lang?: Translation, dir = contentDir()): string[] {
  const root = lang ? path.join(/*turbopackIgnore: true*/ dir, lang) : dir;
  return fs
    .readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !TRANSLATION_DIRS.has(entry.name))
    .flatMap((entry) =>
      fs
        .readdirSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ root, entry.name))
        .filter((name) => name.endsWith(".mdx"))
        .map((name) => pageSlug(entry.name, name.slice(0, -".mdx".length))),
    );
}

/** The pages before and after `page` in reading order. */
export function neighbours({ pages }: Book, page: Page) {
  const index = pages.indexOf(page);
  return { previous: index > 0 ? pages[index - 1]! : null, next: index >= 0 ? (pages[index + 1] ?? null) : null };
}
