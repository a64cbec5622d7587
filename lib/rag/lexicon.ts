import { headingOf, type Chunk } from "./chunks";
import { contentStems, stem, STOPWORDS, words } from "./terms";

/**
 * What the book's own text says about its words: how often each occurs (to
 * correct a misspelt question towards the book's vocabulary) and which
 * acronyms stand for which long forms (taken from the glossary's headings and
 * from "long form (ACRONYM)" in the chapters, so no list is kept by hand).
 */
export type Lexicon = {
  /** How many chunks use the word. */
  frequency(word: string): number;
  /** The share of the book's chunks that use a word's stem. */
  share(stem: string): number;
  /** How rare a word's stem is in the book: log(1 + chunks / (1 + chunks using it)); highest for a stem the book never uses. */
  weight(stem: string): number;
  /** The book's spelling of a word it does not know, or the word itself; its neighbours break ties ("linar inverted" → "linear"). */
  correct(word: string, before?: string, after?: string): string;
  /** Long forms of an acronym ("lipm") and acronyms of a long form ("zero moment point"). */
  expansions(phrase: string): string[];
  /** Every acronym ↔ long form pair, lower case. */
  readonly acronyms: ReadonlyMap<string, ReadonlySet<string>>;
  /** A word the book writes capitalised mid-sentence: a name (Unitree, Tesla, NVIDIA), not a concept. */
  isName(word: string): boolean;
  /** A word of everyday English ("doing", "price", "week"): it says nothing about a question's subject. */
  isEveryday(word: string): boolean;
};

// The most frequent words of English: they carry no subject of their own.
const EVERYDAY_RANK = 5000;

/**
 * `englishRank` is a word's rank among common English words (undefined when it
 * is not one): common words are never "corrected" into the book's jargon.
 */
export function buildLexicon(chunks: Chunk[], englishRank: (word: string) => number | undefined = () => undefined): Lexicon {
  const frequency = new Map<string, number>();
  const stems = new Map<string, number>();
  const acronyms = new Map<string, Set<string>>();
  const add = (acronym: string, long: string) => {
    const a = acronym.toLowerCase();
    const l = long.toLowerCase().replace(/[\s-]+/g, " ").trim();
    if (a === l) return;
    for (const [key, value] of [
      [a, l],
      [l, a],
    ] as const) {
      if (!acronyms.has(key)) acronyms.set(key, new Set());
      acronyms.get(key)!.add(value);
    }
  };
  const capitalised = new Map<string, [upper: number, lower: number]>();
  const pairs = new Set<string>();
  for (const chunk of chunks) {
    countCase(chunk.text, capitalised);
    const text = `${chunk.title} ${headingOf(chunk)} ${chunk.text}`;
    const tokens = words(text);
    for (const word of new Set(tokens)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    // "Wi-Fi" is also written "wifi": a reader's joined spelling is a known word, not a typo of "wiki".
    for (const word of new Set([...text.matchAll(/\b([A-Za-z]{1,4})-([A-Za-z]{1,4})\b/g)].map((match) => `${match[1]}${match[2]}`.toLowerCase())))
      if (!frequency.has(word)) frequency.set(word, 1);
    for (let i = 1; i < tokens.length; i++) pairs.add(`${tokens[i - 1]} ${tokens[i]}`);
    for (const stem of new Set(contentStems(text))) stems.set(stem, (stems.get(stem) ?? 0) + 1);
    for (const text of [...chunk.headingPath, chunk.text]) for (const [acronym, long] of acronymPairs(text)) add(acronym, long);
  }

  const byLength = new Map<number, string[]>();
  for (const word of frequency.keys()) {
    if (!/^[a-z]+$/.test(word)) continue;
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  const corrections = new Map<string, string>();

  return {
    acronyms,
    frequency: (word) => frequency.get(word.toLowerCase()) ?? 0,
    share: (stem) => (stems.get(stem) ?? 0) / Math.max(1, chunks.length),
    weight: (stem) => Math.log(1 + chunks.length / (1 + (stems.get(stem) ?? 0))),
    correct(word, before, after) {
      const lower = word.toLowerCase();
      // Known words, everyday English and inflections of the book's words ("iteratively") are left alone.
      if (lower.length < 4 || !/^[a-z]+$/.test(lower) || frequency.has(lower) || STOPWORDS.has(lower) || englishRank(lower) !== undefined || stems.has(stem(lower))) return word;
      const key = `${before ?? ""} ${lower} ${after ?? ""}`;
      const cached = corrections.get(key);
      if (cached !== undefined) return cached;
      const limit = lower.length >= 8 ? 2 : 1;
      let best = lower;
      let bestScore = -1;
      for (let length = lower.length - limit; length <= lower.length + limit; length++) {
        for (const candidate of byLength.get(length) ?? []) {
          const distance = editDistance(lower, candidate, limit);
          if (distance > limit) continue;
          // Nearer first, then a word the book uses next to the same neighbour, then the word it uses most.
          // Neighbours that are stopwords ("the linar") tell nothing; the word after tells most ("linar inverted").
          const context =
            (before && !STOPWORDS.has(before) && pairs.has(`${before} ${candidate}`) ? 2e5 : 0) +
            (after && !STOPWORDS.has(after) && pairs.has(`${candidate} ${after}`) ? 3e5 : 0);
          const score = (limit - distance + 1) * 1e6 + context + (frequency.get(candidate) ?? 0);
          if (score > bestScore) {
            best = candidate;
            bestScore = score;
          }
        }
      }
      corrections.set(key, best);
      return best;
    },
    isName(word) {
      const lower = word.toLowerCase();
      const [upper = 0, lowerCount = 0] = capitalised.get(lower) ?? [];
      return upper >= 2 && upper >= 4 * lowerCount && !acronyms.has(lower);
    },
    isEveryday(word) {
      return (englishRank(word.toLowerCase()) ?? Infinity) < EVERYDAY_RANK;
    },
    expansions(phrase) {
      return [...(acronyms.get(phrase.toLowerCase().trim()) ?? [])];
    },
  };
}

/** Counts, per word, how often the prose writes it capitalised and how often not, away from a sentence's start. */
function countCase(markdown: string, counts: Map<string, [number, number]>) {
  const prose = markdown.replace(/```[\s\S]*?```/g, " ").replace(/`[^`]*`/g, " ").replace(/\$[^$]*\$/g, " ");
  for (const sentence of prose.split(/[.!?:;]\s+|\n+/)) {
    const tokens = sentence.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
    for (const token of tokens.slice(1)) {
      // All capitals is an acronym (PID, ZMP), which names a concept.
      if (token.length > 1 && token === token.toUpperCase()) continue;
      const key = token.toLowerCase();
      const entry = counts.get(key) ?? [0, 0];
      if (token[0] === token[0]!.toUpperCase()) entry[0]++;
      else entry[1]++;
      counts.set(key, entry);
    }
  }
}

/** The question with each word the book does not know replaced by the book's nearest spelling. */
export function correctSpelling(text: string, lexicon: Lexicon): string {
  // "shouldn't", "robot's": a word with an apostrophe is left whole.
  const WORD = /[A-Za-z]+(?:'[A-Za-z]+)?/g;
  const tokens = text.match(WORD) ?? [];
  let index = 0;
  return text.replace(WORD, (word) => {
    if (word.includes("'")) {
      index++;
      return word;
    }
    const before = tokens[index - 1]?.toLowerCase();
    const after = tokens[index + 1]?.toLowerCase();
    index++;
    const corrected = lexicon.correct(word, before, after);
    return corrected === word.toLowerCase() ? word : corrected;
  });
}

/** Acronyms and long forms the text mentions, each with its other form: words a search should also look for. */
export function acronymTerms(text: string, lexicon: Lexicon): string[] {
  const found = new Set<string>();
  const tokens = words(text);
  for (let size = 1; size <= 6; size++) {
    for (let i = 0; i + size <= tokens.length; i++) {
      for (const other of lexicon.expansions(tokens.slice(i, i + size).join(" "))) found.add(other);
    }
  }
  return [...found];
}

const LINK_WORDS = new Set(["of", "and", "the", "for", "to", "in", "on", "a", "with", "by"]);

/** Whether `acronym`'s letters are the initials of `phrase` (link words may be skipped; hyphenated parts count). */
function initialsMatch(acronym: string, phrase: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z0-9]/g, "");
  const parts = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const match = (li: number, pi: number): boolean => {
    if (li === letters.length) return pi === parts.length;
    if (pi === parts.length) return false;
    const part = parts[pi]!;
    if (part[0] === letters[li] && match(li + 1, pi + 1)) return true;
    // "Simultaneous localization AND mapping": a link word may or may not lend its letter.
    return LINK_WORDS.has(part) && match(li, pi + 1);
  };
  return letters.length >= 2 && match(0, 0);
}

const LONG_THEN_ACRONYM = /((?:[A-Za-z][\w-]*\s+){0,7}[A-Za-z][\w-]*)\s+\(([A-Z][A-Za-z0-9]{1,9})s?\)/g;
const ACRONYM_THEN_LONG = /\b([A-Z][A-Za-z0-9]{1,9})\s+\(([A-Za-z][A-Za-z -]{3,80})\)/g;

/** "zero moment point (ZMP)" and "DDS (Data Distribution Service)" pairs in a text. */
export function acronymPairs(markdown: string): [string, string][] {
  const text = markdown.replace(/[*_`]/g, "");
  const pairs: [string, string][] = [];
  for (const [, before, acronym] of text.matchAll(LONG_THEN_ACRONYM)) {
    const parts = before!.split(/\s+/);
    // The shortest run of words ending at the parenthesis whose initials spell the acronym.
    for (let start = parts.length - 1; start >= 0; start--) {
      const phrase = parts.slice(start).join(" ");
      if (initialsMatch(acronym!, phrase)) {
        pairs.push([acronym!, phrase]);
        break;
      }
    }
  }
  for (const [, acronym, long] of text.matchAll(ACRONYM_THEN_LONG)) {
    if (initialsMatch(acronym!, long!.trim())) pairs.push([acronym!, long!.trim()]);
  }
  return pairs;
}

/** Optimal-string-alignment distance (a swap of neighbours counts once), giving up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => [i, ...new Array<number>(cols - 1).fill(0)]);
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length]![b.length]!;
}
