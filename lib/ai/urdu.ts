import "server-only";
import type MiniSearch from "minisearch";
import { getBook, getTranslatedBook, type Page } from "@/lib/content";
import { mapSection } from "@/lib/content/map-section";
import { sectionsOf, type Section } from "@/lib/content/sections";
import { headingLabel, sectionHref, type Lang } from "@/lib/content/urls";
import { createSearch, searchSections, type SearchDoc } from "@/lib/search/search-docs";
import type { NumberedPassage } from "./context";

// The tutor for a reader of the Urdu book, or one who writes in Urdu: it finds
// the sections as for anyone (in the Urdu text when the question is Urdu), and
// gives the answer the Urdu text of those sections, linked to the Urdu pages.

const URDU_SCRIPT = /[\u0600-\u06FF]/;

/** The answer's language: Urdu when the reader writes Urdu or reads the Urdu book. */
export function answerLanguage(question: string, readerLang: Lang | undefined): Lang {
  return readerLang === "ur" || URDU_SCRIPT.test(question) ? "ur" : "en";
}

export const writesUrdu = (question: string) => URDU_SCRIPT.test(question);

const anchorsOf = (page: Page) => page.headings.map((heading) => heading.id);

// A section of a page, the tutor's way (code, maths and tables kept), by anchor; kept per page.
const sectionCache = new WeakMap<Page, Map<string, Section>>();
function sectionAt(page: Page, anchor: string): Section | undefined {
  let sections = sectionCache.get(page);
  if (!sections) {
    sections = new Map(sectionsOf(page, { includeCode: true }).map((section) => [section.anchor, section]));
    sectionCache.set(page, sections);
  }
  return sections.get(anchor);
}

function urduPassage(n: number, page: Page, section: Section): NumberedPassage {
  const heading = section.headingPath.length ? headingLabel(section.headingPath) : page.frontmatter.title;
  return { n, chapter: page.slug, title: page.frontmatter.title, heading, href: sectionHref(page.href, section.anchor), text: section.text };
}

/**
 * The same passages in Urdu: each English section's Urdu counterpart (found by
 * heading position), its text, title and link. A reader's selection keeps its
 * own text; a section with no translation stays English.
 */
export function toUrduPassages(passages: NumberedPassage[], selection = false): NumberedPassage[] {
  const english = getBook();
  const urdu = getTranslatedBook("ur");
  return passages.map((passage) => {
    const source = english.bySlug.get(passage.chapter);
    const target = urdu.bySlug.get(passage.chapter);
    if (!source || !target) return passage;
    const anchor = passage.href.split("#")[1] ?? "";
    const urduAnchor = anchor ? mapSection(anchorsOf(source), anchorsOf(target), decodeURIComponent(anchor)) : "";
    if (selection) return { ...passage, title: target.frontmatter.title, href: sectionHref(target.href, urduAnchor) };
    const section = sectionAt(target, urduAnchor);
    return section ? urduPassage(passage.n, target, section) : passage;
  });
}

// Search over the Urdu book's sections, built on first use: a question in Urdu finds its sections by their Urdu words.
let urduSearch: { book: object; search: MiniSearch<SearchDoc> } | undefined;
function searchUrdu(): MiniSearch<SearchDoc> {
  const book = getTranslatedBook("ur");
  if (urduSearch?.book !== book) {
    const search = createSearch();
    search.addAll(
      book.pages.flatMap((page) =>
        sectionsOf(page).map((section) => ({
          id: `${page.slug}#${section.anchor}`,
          title: page.frontmatter.title,
          heading: headingLabel(section.headingPath),
          text: section.text,
          code: "",
        })),
      ),
    );
    urduSearch = { book, search };
  }
  return urduSearch.search;
}

/** The Urdu sections that best match a question written in Urdu, the open chapter's first among equals. */
export function findUrduPassages(question: string, k: number, chapter?: string): NumberedPassage[] {
  const urdu = getTranslatedBook("ur");
  const hits = searchSections(searchUrdu(), question, k * 2);
  const ordered = chapter ? [...hits.filter((hit) => hit.id.startsWith(`${chapter}#`)), ...hits.filter((hit) => !hit.id.startsWith(`${chapter}#`))] : hits;
  return ordered.slice(0, k).flatMap((hit, index) => {
    const [slug = "", anchor = ""] = hit.id.split("#");
    const page = urdu.bySlug.get(slug);
    const section = page && sectionAt(page, anchor);
    return page && section ? [urduPassage(index + 1, page, section)] : [];
  });
}
