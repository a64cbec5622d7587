// Shared by the server that builds the index and the browser that searches it;
// keep it free of server imports.
import { sectionHref } from "@/lib/content/urls";

/** What /search-index.json holds: pages once, then their sections pointing at them. */
export type SearchIndex = {
  pages: { href: string; title: string }[];
  /** [page index, anchor, heading path, first words of the section] */
  sections: [number, string, string, string][];
};

export type SearchDoc = { id: string; title: string; heading: string; text: string };

/** Expands the compact index into one search document per section (id = URL with anchor). */
export function searchDocs(index: SearchIndex): SearchDoc[] {
  return index.sections.map(([pageIndex, anchor, heading, text]) => {
    const page = index.pages[pageIndex]!;
    return { id: sectionHref(page.href, anchor), title: page.title, heading, text };
  });
}
