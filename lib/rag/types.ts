/** A passage of the book returned by retrieval, ready to cite. */
export type Passage = {
  id: string;
  chapter: string;
  title: string;
  heading: string;
  href: string;
  text: string;
  /** The introduction of the h2 a whole h3 section sits under, when short: read before the section. */
  context?: string;
  /** 0–1; passages below the retriever's threshold are never returned. */
  score: number;
};

export type SearchOptions = {
  k: number;
  /** The chapter the reader has open: a tie-breaker, not a filter. */
  chapterHint?: string;
  /** Sections the previous answer drew on: a follow-up most likely continues there. Also a preference, not a filter. */
  followsSections?: string[];
  /**
   * Return each found section whole (its parts joined in order, up to
   * SECTION_WORDS), one passage per section: what an answer needs, where a
   * retrieval benchmark wants the parts themselves.
   */
  wholeSections?: boolean;
};

/** The most of a section a passage carries when sections are returned whole. */
export const SECTION_WORDS = 900;

/** The section a chunk belongs to: its id without the "~2" part number. */
export const sectionOf = (id: string) => id.replace(/~\d+$/, "");

export interface Retriever {
  readonly name: string;
  search(query: string, options: SearchOptions): Promise<Passage[]>;
}
