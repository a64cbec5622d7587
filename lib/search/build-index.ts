import type { Book } from "@/lib/content/book";
import { sectionsOf } from "@/lib/content/sections";
import { headingLabel } from "@/lib/content/urls";
import type { SearchIndex } from "./search-docs";

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]{2,}/g;

/**
 * The names a section's code uses (`StaticTransformBroadcaster`, `foot_cop`), once each, leaving out words its
 * prose already has: enough to find the section by an identifier without shipping its code.
 */
function identifiersOf(code: string[], prose: string): string {
  const proseWords = new Set(prose.toLowerCase().split(/[^a-z0-9_]+/));
  const names = new Set<string>();
  for (const block of code) {
    for (const [name] of block.matchAll(IDENTIFIER)) if (!proseWords.has(name.toLowerCase())) names.add(name);
  }
  return [...names].join(" ");
}

/** Every section of the book in full, with its code's identifiers; built once at `next build`. */
export function buildSearchIndex(book: Book): SearchIndex {
  return {
    pages: book.pages.map((page) => ({ href: page.href, title: page.frontmatter.title })),
    sections: book.pages.flatMap((page, pageIndex) =>
      sectionsOf(page).map((section): SearchIndex["sections"][number] => [
        pageIndex,
        section.anchor,
        headingLabel(section.headingPath),
        section.text,
        identifiersOf(section.code, section.text),
      ]),
    ),
  };
}
