import type { Lang } from "@/lib/content/urls";
import type { Lexicon } from "@/lib/rag/lexicon";
import { stem } from "@/lib/rag/terms";
import type { NumberedPassage } from "./context";
import { topicWords, type QuestionAnalysis } from "./question";

// What the tutor says when it does not answer from the book. A refusal is a
// fixed text in every mode: no model is asked and no passage is attached.

export const OFFLINE_NOTICE =
  "*Offline tutor: no language model is configured, so this answer is put together from the book's own sentences.*";

export const NOT_COVERED =
  "The book does not cover this, so I won't guess. Try the terms the chapters use, or browse the contents and search (Ctrl K).";

export const OFF_TOPIC =
  "That is outside this course, so I won't answer it. I can help with what the book teaches: ROS 2, simulation, NVIDIA Isaac, humanoid control and vision-language-action models.";

export const STAYS_ON_TOPIC =
  "I am the tutor for this book, so I stay with it: I can't set the book aside, take on another role or share how I am set up. Ask me anything about the chapters.";

export const SELECTION_DOES_NOT_ANSWER =
  "The selected text does not answer this question. Ask again without a selection to search the whole book.";

// Subjects a student of this course asks a tutor about only by mistake.
const OFF_TOPIC_CUES =
  /\b(stocks?|share price|shares? (?:of|in)|market cap|invest(?:ing|ment|ors?)?|dividends?|earnings|crypto(?:currency)?|bitcoin|trading|weather|forecast|recipes?|cook(?:ing)?|bak(?:e|ing)|ingredients?|football|soccer|basketball|cricket|tennis|world cup|champions league|super bowl|scores?|movies?|films?|tv shows?|netflix|celebrit(?:y|ies)|actors?|actress|singers?|songs?|lyrics|poems?|horoscope|zodiac|dating|elections?|president|prime minister|politics|political|diet|calories|medical|doctor|symptoms?|vacation|holiday|hotel|flights?|how old is|net worth|married|girlfriend|boyfriend|wife|husband|children does)\b/i;

/** Share of the book's chunks below which a word marks a question as about the book's own subject matter. */
const SPECIFIC_SHARE = 0.02;

/**
 * A question that names an off-topic subject (a share price, a recipe, a
 * match) and shares with the book only names (Unitree, NVIDIA) and everyday
 * words is not about the course, whatever passages mention the name; nor is
 * one that is mostly about things the book never mentions.
 */
export function looksOffTopic(analysis: QuestionAnalysis, lexicon: Lexicon): boolean {
  if (!OFF_TOPIC_CUES.test(analysis.corrected)) return false;
  const words = topicWords(analysis.corrected).filter((word) => !OFF_TOPIC_CUES.test(word) && !lexicon.isEveryday(word));
  const technical = words.filter((word) => !lexicon.isName(word) && lexicon.frequency(word) > 0 && lexicon.share(stem(word)) <= SPECIFIC_SHARE);
  const foreign = words.filter((word) => lexicon.frequency(word) === 0);
  return technical.length === 0 || foreign.length >= 2 || foreign.length > technical.length;
}

// The same refusals for a reader answered in Urdu (lib/ai/urdu.ts).
const IN_URDU: Record<string, string> = {
  [NOT_COVERED]: "کتاب میں اس کا ذکر نہیں، اس لیے میں اندازہ نہیں لگاؤں گا۔ ابواب کی اصطلاحات آزمائیں، یا فہرست اور تلاش (Ctrl K) دیکھیں۔",
  [OFF_TOPIC]:
    "یہ اس کورس سے باہر ہے، اس لیے میں اس کا جواب نہیں دوں گا۔ کتاب جو سکھاتی ہے اس میں مدد کر سکتا ہوں: ROS 2، simulation، NVIDIA Isaac، humanoid control اور vision-language-action models۔",
  [STAYS_ON_TOPIC]:
    "میں اس کتاب کا ٹیوٹر ہوں، اس لیے اسی کے ساتھ رہتا ہوں: کتاب کو ایک طرف نہیں رکھ سکتا، کوئی اور کردار نہیں لے سکتا اور اپنی ترتیب نہیں بتا سکتا۔ ابواب کے بارے میں کچھ بھی پوچھیں۔",
};

/** A refusal in the answer's language. */
export const refusalIn = (language: Lang, refusal: string | null) => (refusal !== null && language === "ur" ? (IN_URDU[refusal] ?? refusal) : refusal);

/** The refusal a question gets instead of an answer, or null when the tutor should answer. */
export function refusalFor(analysis: QuestionAnalysis, passages: NumberedPassage[], mode: "book" | "selection", lexicon: Lexicon): string | null {
  if (analysis.injection) return STAYS_ON_TOPIC;
  if (mode === "selection") return null;
  if (looksOffTopic(analysis, lexicon)) return OFF_TOPIC;
  if (passages.length === 0) return NOT_COVERED;
  return null;
}
