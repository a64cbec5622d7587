// `npm run content:check`: validates every chapter, prints word, quiz and figure counts, and
// checks the book-wide rules (fair quiz keys, quizzes and figures in every chapter). Then the
// translations (content/ur/): each checked like a chapter and against its English page's
// structure (code, maths, headings, links, components), and the stale ones listed.
import { auditBook, MAX_QUIZ_SHARE, percent, positionName } from "../lib/content/audit";
import type { Problem } from "../lib/content/book";
import { MIN_CHAPTER_WORDS, ContentError, formatProblem } from "../lib/content/check";
import { loadTranslation } from "../lib/content/book";
import { checkTranslation, loadValidBook, staleTranslations } from "../lib/content/load";

function fail(problems: Problem[]): never {
  console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

const started = performance.now();
let book;
try {
  book = loadValidBook(process.argv[2]);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  fail(error.problems);
}
const audit = auditBook(book);
const counts = new Map(audit.chapters.map((chapter) => [chapter.page, chapter]));
for (const part of book.modules) {
  console.log(`\n${part.title} (${part.slug})`);
  for (const page of part.pages) {
    const short = page.kind === "chapter" && page.words < MIN_CHAPTER_WORDS ? `  ← under ${MIN_CHAPTER_WORDS} words` : "";
    const chapter = counts.get(page);
    const extras = chapter ? `  ${String(chapter.quizzes).padStart(2)} quizzes  ${String(chapter.figures).padStart(2)} figures` : " ".repeat(24);
    console.log(`  ${String(page.words).padStart(6)} words${extras}  ${page.slug}${short}`);
  }
}
const chapters = book.pages.filter((page) => page.kind === "chapter");
const long = chapters.filter((page) => page.words >= MIN_CHAPTER_WORDS).length;
const total = book.pages.reduce((sum, page) => sum + page.words, 0);
const figures = audit.chapters.reduce((sum, chapter) => sum + chapter.figures, 0);
const { quizzes } = audit;
console.log(
  `\n${book.modules.length} modules, ${chapters.length} chapters (${long} with ${MIN_CHAPTER_WORDS}+ words), ${total.toLocaleString("en")} words in all, ${quizzes.total} quizzes, ${figures} figures; checked in ${Math.round(performance.now() - started)} ms.`,
);
const positions = quizzes.byPosition.map((count, index) => `${positionName(index)} ${count} (${percent(count, quizzes.total)})`);
console.log(`Correct option by position: ${positions.join(" · ")}`);
console.log(
  `Correct option is the longest: ${quizzes.longestIsCorrect} of ${quizzes.total} (${percent(quizzes.longestIsCorrect, quizzes.total)}); limit for both: ${MAX_QUIZ_SHARE * 100} %`,
);
const translated = loadTranslation(book, "ur", process.argv[2]);
const translationProblems = checkTranslation(book, translated);
const stale = staleTranslations(book, translated);
const missing = book.pages.filter((page) => !translated.bySlug.has(page.slug));
console.log(
  `\nUrdu: ${translated.pages.length} of ${book.pages.length} pages translated${missing.length ? ` (not yet: ${missing.map((page) => page.slug).join(", ")})` : ""}; ${stale.length} out of date.`,
);
for (const page of stale) {
  console.log(`  stale: ${page.file} was translated from another version of ${book.bySlug.get(page.slug)!.file}; \`npm run translate -- ${page.slug}\` drafts an update`);
}
const problems = [...audit.problems, ...translationProblems];
if (problems.length > 0) fail(problems);
console.log("No problems found.");
