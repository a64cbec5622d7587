// Shared by the server that builds the index and the browser that searches it;
// keep it free of server imports.
import MiniSearch, { type SearchResult } from "minisearch";
import { sectionHref } from "@/lib/content/urls";

/** What /search-index.json.gz holds (gzipped): pages once, then their sections pointing at them. */
export type SearchIndex = {
  pages: { href: string; title: string }[];
  /** [page index, anchor, heading path, the section's text, identifiers from its code] */
  sections: [number, string, string, string, string][];
};

export type SearchDoc = { id: string; title: string; heading: string; text: string; code: string };

export type SearchHit = Pick<SearchDoc, "id" | "title" | "heading" | "text"> & { score: number };

/** Expands the compact index into one search document per section (id = URL with anchor). */
export function searchDocs(index: SearchIndex): SearchDoc[] {
  return index.sections.map(([pageIndex, anchor, heading, text, code]) => {
    const page = index.pages[pageIndex]!;
    return { id: sectionHref(page.href, anchor), title: page.title, heading, text, code };
  });
}

// Words that say nothing about which section is meant: "how do I make my robot walk" is about making, robots, walking.
// The Urdu book's index uses the same search, so its particles and auxiliaries are here too.
const STOP_WORDS = new Set([
  ..."a an and are as at be by can do does for from has have how i in into is it its me my of on or our so that the their then there these this to was we what when where which who why will with you your".split(" "),
  ..."اور ایک بھی تو جو سے کا کی کے کو کہ کیا کیسے میں نے وہ پر ہے ہیں ہو ہوتا ہوتی ہوتے یہ".split(" "),
]);

// Urdu typed on an Arabic keyboard: its yeh and kaf, and vowel marks and the tatweel a writer may add or leave out.
const ARABIC_FORMS: Record<string, string> = { "ي": "ی", "ى": "ی", "ك": "ک" };
const normaliseUrdu = (word: string) => word.replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[يىك]/g, (letter) => ARABIC_FORMS[letter]!);

/**
 * Words as written plus, for code identifiers, their parts: `StaticTransformBroadcaster` is also
 * "static", "transform" and "broadcaster"; `foot_cop` is also "foot" and "cop".
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  // Marks too (\p{M}): Urdu's vowel signs and hamza sit inside its words.
  for (const [word] of text.matchAll(/[\p{L}\p{M}\p{N}_]+/gu)) {
    tokens.push(word);
    const parts = word.split(/_+|(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u).filter(Boolean);
    if (parts.length > 1) tokens.push(...parts);
  }
  return tokens;
}

function processTerm(term: string): string | null {
  const lower = normaliseUrdu(term.toLowerCase());
  return lower.length < 2 || STOP_WORDS.has(lower) ? null : lower;
}

export function createSearch(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ["title", "heading", "text", "code"],
    storeFields: ["title", "heading", "text"],
    tokenize,
    processTerm,
    searchOptions: { boost: { title: 3, heading: 3 } },
  });
}

// Prefixes for a word still being typed, but not for two letters, which would match half the book.
const prefix = (term: string) => term.length >= 3;

/** How many of the query's terms a result matched in its chapter title or section heading. */
const headingTerms = (result: SearchResult) =>
  Object.values(result.match).filter((fields) => fields.includes("title") || fields.includes("heading")).length;

/**
 * Sections that contain every word of the query; failing that, any of them, allowing for typos. Sections whose
 * title or heading carries the words come first, then by relevance.
 */
export function searchSections(search: MiniSearch<SearchDoc>, query: string, limit = 12): SearchHit[] {
  const every = search.search(query, { combineWith: "AND", prefix });
  const results = every.length > 0 ? every : search.search(query, { combineWith: "OR", prefix, fuzzy: (term) => (term.length >= 4 ? 0.2 : false) });
  return results
    .map((result) => ({ result, inHeading: headingTerms(result) }))
    .sort((a, b) => b.inHeading - a.inHeading || b.result.score - a.result.score)
    .slice(0, limit)
    .map(({ result }) => ({ id: String(result.id), title: result.title, heading: result.heading, text: result.text, score: result.score }));
}
