// `npm run content:check`: validates every chapter and prints the word counts.
import { MIN_CHAPTER_WORDS, ContentError, formatProblem } from "../lib/content/check";
import { loadValidBook } from "../lib/content/load";

const started = performance.now();
try {
  const book = loadValidBook(process.argv[2]);
  for (const part of book.modules) {
    console.log(`\n${part.title} (${part.slug})`);
    for (const page of part.pages) {
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
  console.log("No problems found.");
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  const { problems } = error;
  console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
