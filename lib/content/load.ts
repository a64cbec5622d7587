import path from "node:path";
import { contentDir, loadBook, type Book, type Problem } from "./book";
import { checkBook, ContentError } from "./check";

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
  return match[2] === "index" ? match[1] : `${match[1]}/${match[2]}`;
}

/** The problems of the page at `slug`: the error its page shows in development instead of the whole book failing. */
export const problemsOfPage = (book: Book, slug: string, dir = contentDir()): Problem[] =>
  book.problems.filter((problem) => slugOfProblem(problem, dir) === slug);
