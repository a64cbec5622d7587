import type { TutorContext } from "../context";
import { NOT_COVERED, refusalIn } from "../refusals";
import { composeAnswer } from "./compose";

// The offline tutor in Urdu. It decides which sections answer as it does in
// English (on the English passages, when the question is English), then quotes
// the opening of each of those sections from the Urdu book, cited as in English.

export const OFFLINE_NOTICE_UR = "*آف لائن ٹیوٹر: کوئی language model configure نہیں، اس لیے یہ جواب کتاب کے اپنے جملوں سے بنا ہے۔*";
const NOT_COVERED_UR = refusalIn("ur", NOT_COVERED)!;

const SENTENCES_PER_PASSAGE = 3;
const MAX_PASSAGES = 2;

/** A passage's first sentences of prose: no code, maths, table or component, each sentence whole. */
function openingSentences(text: string, count: number): string {
  const prose = text
    .split(/\n{2,}/)
    .filter((block) => !/^(```|\$\$|\||<|#|!\[)/.test(block.trim()))
    .join(" ");
  const sentences = prose.match(/[^۔؟!]+[۔؟!]+/gu) ?? [prose];
  return sentences
    .slice(0, count)
    .map((sentence) => sentence.trim())
    .join(" ");
}

/** The passages' numbers an English composition cites, in the order it cites them. */
const citedIn = (answer: string) => [...new Set([...answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])))];

/**
 * The answer from the Urdu passages in `context` (toUrduPassages or
 * findUrduPassages). `english` is the same question's context with the English
 * passages, when the question is English, to choose which sections answer.
 */
export function composeUrduAnswer(context: TutorContext, english: TutorContext | null): string {
  if (context.passages.length === 0) return `${OFFLINE_NOTICE_UR}\n\n${NOT_COVERED_UR}`;
  const chosen = english ? citedIn(composeAnswer(english)) : context.passages.map((passage) => passage.n);
  const passages = chosen
    .map((n) => context.passages.find((passage) => passage.n === n))
    .filter((passage) => passage !== undefined)
    .slice(0, MAX_PASSAGES);
  if (passages.length === 0) return `${OFFLINE_NOTICE_UR}\n\n${NOT_COVERED_UR}`;
  const paragraphs = passages.map((passage) => `**${passage.heading}:** ${openingSentences(passage.text, SENTENCES_PER_PASSAGE)} [${passage.n}]`);
  return [OFFLINE_NOTICE_UR, ...paragraphs].join("\n\n");
}
