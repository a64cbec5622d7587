import { contentDir, loadBook, type Book } from "./book";
import { checkBook, ContentError } from "./check";

/** The book, read and checked: the one loader for pages and scripts. Throws a ContentError naming every problem. */
export function loadValidBook(dir = contentDir()): Book {
  const book = loadBook(dir);
  const problems = checkBook(book);
  if (problems.length > 0) throw new ContentError(problems);
  return book;
}
