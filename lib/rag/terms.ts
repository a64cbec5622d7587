import { stemmer } from "stemmer";
import { eng } from "stopword";

const STOPWORDS = new Set([...eng, "use", "using", "used", "can", "does", "do", "how", "what", "why", "when", "which"]);

/** Lowercased words and numbers ("ros2", "tf2", "3d" stay whole). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Words that carry meaning: no stopwords, no single letters. */
export function contentWords(text: string): string[] {
  return words(text).filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

/** Stems of the content words: the terms the retriever and the offline tutor compare. */
export function contentStems(text: string): string[] {
  return contentWords(text).map((word) => stemmer(word));
}

/** The lexical index's term for a word: stemmed, or null for a stopword. */
export function indexTerm(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 2 || STOPWORDS.has(lower)) return null;
  return stemmer(lower);
}
