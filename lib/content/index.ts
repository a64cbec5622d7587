import "server-only";
import fs from "node:fs";
import path from "node:path";
import { contentDir, type Book, type Page } from "./book";
import { ContentError } from "./check";
import { loadCheckedBook, loadValidBook, problemsOfPage, slugOfProblem } from "./load";

export type { Book, Module, Page } from "./book";

// On globalThis: Next loads this module separately for instrumentation, pages
// and route handlers, and they should share one parsed book.
const globalForBook = globalThis as typeof globalThis & { __textbookBook?: { signature: string; book: Book } };

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

/** The pages before and after `page` in reading order. */
export function neighbours({ pages }: Book, page: Page) {
  const index = pages.indexOf(page);
  return { previous: index > 0 ? pages[index - 1]! : null, next: index >= 0 ? (pages[index + 1] ?? null) : null };
}
