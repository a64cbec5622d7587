// `npm run content:check`: validates every chapter and prints the word counts.
import { loadBook } from "../lib/content/book";
import { checkBook, formatProblem, MIN_CHAPTER_WORDS } from "../lib/content/check";

const started = performance.now();
const book = loadBook(process.argv[2]);
const problems = checkBook(book);

for (const part of book.modules) {
  console.log(`\n${part.title} (${part.slug})`);
  for (const page of [...(part.overview ? [part.overview] : []), ...part.chapters]) {
    const short = page.kind === "chapter" && page.words < MIN_CHAPTER_WORDS ? `  ← under ${MIN_CHAPTER_WORDS} words` : "";
    console.log(`  ${String(page.words).padStart(6)} words  ${page.slug}${short}`);
  }
}

const chapters = book.pages.filter((page) => page.kind === "chapter");
const long = chapters.filter((page) => page.words >= MIN_CHAPTER_WORDS).length;
const total = book.pages.reduce((sum, page) => sum + page.words, 0);
console.log(
  `\n${book.modules.length} modules, ${chapters.length} chapters (${long} with ${MIN_CHAPTER_WORDS}+ words), ${total.toLocaleString("en")} words in all; checked in ${Math.round(performance.now() - started)} ms.`,
);

if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log("No problems found.");
