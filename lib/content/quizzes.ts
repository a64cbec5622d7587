import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { Book, Page } from "./book";
import { attributeValue, type JsxElement } from "./check";

export type BookQuiz = {
  id: string;
  chapter: string;
  /** Heading id of the section the quiz sits in ("" before the first heading). */
  section: string;
  question: string;
  options: string[];
  answer: number;
  explanation: string;
};

/** The page's quizzes in reading order, each with the section it belongs to. */
export function quizzesOf(page: Page): BookQuiz[] {
  const headings = page.headings.filter((heading) => heading.depth <= 3);
  const quizzes: BookQuiz[] = [];
  visit(page.tree as Root, (node) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const element = node as JsxElement;
    if (element.name !== "Quiz") return;
    const id = attributeValue(element, "id").value;
    const question = attributeValue(element, "question").value;
    const options = attributeValue(element, "options").value;
    const answer = attributeValue(element, "answer").value;
    const explanation = attributeValue(element, "explanation").value;
    if (typeof id !== "string" || typeof question !== "string" || !Array.isArray(options) || typeof answer !== "number") return;
    const line = element.position?.start.line ?? 0;
    const section = headings.filter((heading) => heading.line < line).at(-1)?.id ?? "";
    quizzes.push({ id, chapter: page.slug, section, question, options: options.map(String), answer, explanation: String(explanation ?? "") });
  });
  return quizzes;
}

const indexes = new WeakMap<Book, Map<string, BookQuiz>>();

/** Every quiz of the book by id (ids are unique: checkBook refuses duplicates). */
export function quizIndex(book: Book): Map<string, BookQuiz> {
  let index = indexes.get(book);
  if (!index) {
    index = new Map(book.pages.flatMap((page) => quizzesOf(page).map((quiz) => [quiz.id, quiz] as const)));
    indexes.set(book, index);
  }
  return index;
}

/** The page's section anchors in order: what "furthest section reached" is measured against. */
export const sectionAnchors = (page: Page): string[] => page.headings.filter((heading) => heading.depth <= 3).map((heading) => heading.id);
