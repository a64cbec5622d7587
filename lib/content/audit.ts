import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { Book, Page, Problem } from "./book";
import { attributeValue } from "./check";

// Book-wide rules that `npm run content:check` enforces but the build does not: they judge the
// book as a whole (is the quiz key guessable?) rather than whether a page can be rendered.

/** No answer position, and not "the longest option", may be right in more than this share of quizzes. */
export const MAX_QUIZ_SHARE = 0.4;
export const MIN_QUIZZES_PER_CHAPTER = 3;
export const MIN_FIGURES_PER_CHAPTER = 1;

export type QuizStats = {
  total: number;
  /** byPosition[i]: quizzes whose correct option is option i (0 = A). */
  byPosition: number[];
  /** Quizzes whose correct option is at least as long as every other (a tie counts: "pick the longest" may hit it). */
  longestIsCorrect: number;
};

export type ChapterCounts = { page: Page; quizzes: number; figures: number };

export type BookAudit = { quizzes: QuizStats; chapters: ChapterCounts[]; problems: Problem[] };

const share = (count: number, total: number) => (total === 0 ? 0 : count / total);
export const percent = (count: number, total: number) => `${Math.round(share(count, total) * 100)} %`;
export const positionName = (index: number) => String.fromCharCode(65 + index);

/** Quiz fairness, quizzes and figures per chapter. Malformed quizzes are left to checkBook. */
export function auditBook(book: Book): BookAudit {
  const quizzes: QuizStats = { total: 0, byPosition: [], longestIsCorrect: 0 };
  const chapters: ChapterCounts[] = [];
  const problems: Problem[] = [];
  for (const page of book.pages) {
    const counts: ChapterCounts = { page, quizzes: 0, figures: 0 };
    visit(page.tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name === "Figure") counts.figures++;
      if (element.name !== "Quiz") return;
      const options = attributeValue(element, "options").value;
      const answer = attributeValue(element, "answer").value;
      if (!Array.isArray(options) || typeof answer !== "number" || typeof options[answer] !== "string") return;
      counts.quizzes++;
      quizzes.total++;
      quizzes.byPosition[answer] = (quizzes.byPosition[answer] ?? 0) + 1;
      const lengths = (options as string[]).map((option) => option.length);
      if (lengths[answer]! >= Math.max(...lengths)) quizzes.longestIsCorrect++;
    });
    if (page.kind !== "chapter") continue;
    chapters.push(counts);
    if (counts.quizzes < MIN_QUIZZES_PER_CHAPTER) {
      problems.push({ file: page.file, line: 1, message: `${counts.quizzes} quizzes; every chapter needs at least ${MIN_QUIZZES_PER_CHAPTER}` });
    }
    if (counts.figures < MIN_FIGURES_PER_CHAPTER) {
      problems.push({ file: page.file, line: 1, message: `no <Figure>; every chapter needs at least ${MIN_FIGURES_PER_CHAPTER}` });
    }
  }
  quizzes.byPosition = Array.from(quizzes.byPosition, (count) => count ?? 0);
  const where = { file: "content", line: 1 };
  quizzes.byPosition.forEach((count, index) => {
    if (share(count, quizzes.total) > MAX_QUIZ_SHARE) {
      problems.push({
        ...where,
        message: `option ${positionName(index)} is the answer in ${count} of ${quizzes.total} quizzes (${percent(count, quizzes.total)}); no position may hold more than ${MAX_QUIZ_SHARE * 100} % — move some answers to other positions`,
      });
    }
  });
  if (share(quizzes.longestIsCorrect, quizzes.total) > MAX_QUIZ_SHARE) {
    problems.push({
      ...where,
      message: `the correct option is the longest in ${quizzes.longestIsCorrect} of ${quizzes.total} quizzes (${percent(quizzes.longestIsCorrect, quizzes.total)}); at most ${MAX_QUIZ_SHARE * 100} % — write distractors as long as the answer`,
    });
  }
  return { quizzes, chapters, problems };
}
