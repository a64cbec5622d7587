/** A passage of the book returned by retrieval, ready to cite. */
export type Passage = {
  id: string;
  chapter: string;
  title: string;
  heading: string;
  href: string;
  text: string;
  /** 0–1; passages below the retriever's threshold are never returned. */
  score: number;
};

export type SearchOptions = {
  k: number;
  /** The chapter the reader has open: a tie-breaker, not a filter. */
  chapterHint?: string;
};

export interface Retriever {
  readonly name: string;
  search(query: string, options: SearchOptions): Promise<Passage[]>;
}
