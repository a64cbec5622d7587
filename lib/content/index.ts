import "server-only";
import fs from "node:fs";
import path from "node:path";
import { contentDir, type Book, type Page } from "./book";
import { loadValidBook } from "./load";

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

/** The validated book. Invalid content throws a ContentError listing every problem by file and line. */
export function getBook(): Book {
  const cached = globalForBook.__textbookBook;
  if (process.env.NODE_ENV === "production" && cached) return cached.book;
  const dir = contentDir();
  const current = signature(dir);
  if (cached?.signature === current) return cached.book;
  const book = loadValidBook(dir);
  globalForBook.__textbookBook = { signature: current, book };
  return book;
}

export function getPage(slug: string) {
  return getBook().bySlug.get(slug) ?? null;
}

/** The pages before and after `page` in reading order. */
export function neighbours({ pages }: Book, page: Page) {
  const index = pages.indexOf(page);
  return { previous: index > 0 ? pages[index - 1]! : null, next: index >= 0 ? (pages[index + 1] ?? null) : null };
}
