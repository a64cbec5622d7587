import { stemmer } from "stemmer";
import { eng } from "stopword";

export const STOPWORDS = new Set([...eng, "use", "using", "used", "can", "does", "do", "how", "what", "why", "when", "which"]);

// Greek letters as LaTeX names them, so "ω" in a question meets "\omega" in the book and "π0" reads "pi0".
const GREEK: Record<string, string> = {
  α: "alpha", β: "beta", γ: "gamma", δ: "delta", ε: "epsilon", ζ: "zeta", η: "eta", θ: "theta", κ: "kappa", λ: "lambda",
  μ: "mu", ν: "nu", ξ: "xi", π: "pi", ρ: "rho", σ: "sigma", τ: "tau", φ: "phi", χ: "chi", ψ: "psi", ω: "omega",
};

/** Lowercased words and numbers ("ros2", "tf2", "3d" stay whole; Greek letters spelled out). */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[α-ω]/g, (letter) => GREEK[letter] ?? " ").match(/[a-z0-9]+/g) ?? [];
}

/** Words that carry meaning: no stopwords, no single letters. */
export function contentWords(text: string): string[] {
  return words(text).filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

// The book and its readers write both British and American English: one spelling
// per stem. A rule that also rewrites a word with no variant ("precise") does no
// harm, since the book and the question go through the same rules.
const AMERICAN: [RegExp, string][] = [
  [/isation(s?)$/, "ization$1"],
  [/is(e|es|ed|ing)$/, "iz$1"],
  [/yse(s|d)?$/, "yze$1"],
  [/([a-z]{3})our(s?)$/, "$1or$2"],
  [/([bcdfghlmnprstv])re(s?)$/, "$1er$2"],
];
/** A word in one spelling: "randomisation" and "randomization", "centre" and "center" meet. */
export function americanSpelling(word: string): string {
  if (word.length < 5) return word;
  for (const [pattern, replacement] of AMERICAN) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}

/** A word's stem, the same for both spellings. */
export const stem = (word: string) => stemmer(americanSpelling(word.toLowerCase()));

/** Stems of the content words: the terms the retriever and the offline tutor compare. */
export function contentStems(text: string): string[] {
  return contentWords(text).map(stem);
}

/** The lexical index's term for a word: stemmed, or null for a stopword. */
export function indexTerm(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 2 || STOPWORDS.has(lower)) return null;
  return stem(lower);
}
