import type { Book } from "@/lib/content/book";
import { sectionsOf } from "@/lib/content/sections";
import { headingLabel } from "@/lib/content/urls";
import type { SearchIndex } from "./search-docs";

// Section text is cut to this many words: enough to find a section by what it
// is about, while the whole index stays small enough to fetch on first use.
const WORDS_PER_SECTION = 30;

export function buildSearchIndex(book: Book): SearchIndex {
  return {
    pages: book.pages.map((page) => ({ href: page.href, title: page.frontmatter.title })),
    sections: book.pages.flatMap((page, pageIndex) =>
      sectionsOf(page).map((section): [number, string, string, string] => [
        pageIndex,
        section.anchor,
        headingLabel(section.headingPath),
        section.text.split(/\s+/).slice(0, WORDS_PER_SECTION).join(" "),
      ]),
    ),
  };
}
