import { acronymTerms, correctSpelling, type Lexicon } from "@/lib/rag/lexicon";
import { contentWords, stem } from "@/lib/rag/terms";

/** What kind of answer a question wants; the offline tutor composes each differently. */
export type Intent = "definition" | "how-to" | "formula" | "comparison" | "why" | "general";

/** A follow-up that asks for the previous answer again, in another form. */
export type Rephrase = "simpler" | "shorter" | "example" | null;

/** A question read before anything is retrieved for it. */
export type QuestionAnalysis = {
  /** As asked, with words the book does not know corrected to its spelling. */
  corrected: string;
  intent: Intent;
  /** What a definition question asks about ("qos", "capture point"), else null. */
  subject: string | null;
  /** The subject's other form: the long form of an acronym, or the acronym of a long form. */
  expansions: string[];
  /** The message leans on the previous question ("and on Humble?", "make that simpler"). */
  followUp: boolean;
  rephrase: Rephrase;
  /** What retrieval searches for: the question, its acronyms spelled out both ways, and for a follow-up the question it follows. */
  searchText: string;
  /** The previous question, when this one follows it up: an answer may draw on its words too. */
  previous: string | null;
  /**
   * For a follow-up, the words its thread is about: what the previous question
   * and the heading of the section its answer mainly quoted share ("whisper").
   */
  thread: string[];
  /** Stems of what the question rules out ("no GPU", "without a master"): an answer should not be about them. */
  negated: string[];
  /** Asks the tutor to leave its role (ignore the book, reveal its prompt): refused without retrieval. */
  injection: boolean;
};

// Phrases that ask the tutor to stop being a tutor of this book.
const INJECTION = [
  /\b(ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}\b(book|instructions?|rules|prompt|previous|above|context|guidelines|restrictions)\b/i,
  /\b(system|hidden|initial|developer)\s+(prompt|message|instructions?)\b/i,
  /\b(reveal|print|show|repeat|output|tell me|leak)\b[^.?!]{0,30}\b(your|the)\s+(prompt|instructions|rules|configuration)\b/i,
  /\byou are (now|no longer)\b|\bpretend (to be|you are|you're)\b|\bfrom now on,? you\b|\bjailbreak\b|\bdeveloper mode\b|\bDAN\b/i,
  /\b(write|compose|make up|tell)\b[^.?!]{0,20}\b(a |an )?(poem|song|story|joke|limerick|haiku|essay about (?!robot))/i,
];

const DEFINITION = /^(what(?:'s| is| are| was)\s+(?:an?\s+|the\s+)?(?!the difference|the best|the point of)|what does\s+|define\s+|definition of\s+|meaning of\s+|who (?:is|are)\s+|explain what\s+)/i;
const STANDS_FOR = /\bstand(?:s)? for\b|\bacronym\b|\babbreviat/i;
const HOW_TO = /\b(how (?:do|can|should|would|could) (?:i|we|you)|how to|write|show (?:me )?(?:the |a |an )?(?:code|example|command|program|snippet|launch|node)|give me (?:the |a |an )?(?:code|example|command|program)|(?:the )?code (?:for|to|that)|an example|example of|command(?:s)? (?:to|for)|install|set up|setup|configure|launch|implement|create (?:a|an|the)|step by step)\b/i;
const FORMULA = /\b(formula|equation|compute|calculate|derive|derivation|math(?:s|ematics)?|expression for)\b/i;
const COMPARISON = /\b(difference(?:s)? between|differ(?:s|ent)? from|versus|vs\.?|compare[ds]?|comparison|better than|rather than|instead of)\b/i;
// "Jazzy or Humble: what's different?", "Gazebo or Isaac Sim — which one should I use?": two named options, then the question.
const CHOICE = /^[^?:;—–]{2,60}?\s+or\s+[^?:;—–]{2,60}?\s*[:;—–]\s*(?:which|what)\b/i;
const WHY = /^(why\b)|\bwhy (?:does|do|is|are|should|must|would|can't|cannot|not)\b|\bwhat is the (?:point|purpose|reason)\b/i;

// "no GPU", "without a master", "doesn't have an RTX": the word after the negation.
const NEGATED = /\b(?:no|without|lacks?|lacking|(?:do|does|did)(?:n't| not) have)\s+(?:an?\s+|any\s+|the\s+)?([a-z][\w-]*)/gi;
const FOLLOW_START = /^(and|but|so|also|then|or|what about|how about|same for|same (?:thing )?on|what if|why|why not|ok(?:ay)?|and why|in that case|then what|what else|on|in)\b/i;
const ANAPHORA = /\b(it|its|that|this|these|those|they|them|there|the other|one|same|above|previous|earlier|such)\b/i;
const SIMPLER = /\b(simpler|simply|simple words|plain (?:words|english)|eli5|like i'?m (?:five|5|a beginner)|for a beginner|easier)\b/i;
const SHORTER = /\b(shorter|short version|summar(?:y|ise|ize)|tl;?dr|in (?:one|a) (?:sentence|line))\b/i;
const EXAMPLE = /\b(example|show me (?:the )?code|code for (?:that|it|this)|in code)\b/i;
const REPEAT = /\b(again|more detail|elaborate|expand on|go on|continue|tell me more)\b/i;

// Words that say how to answer, not what about: they never make a passage relevant.
const QUESTION_WORDS = new Set(
  "explain tell describe give show mean means meaning please simpler simple simply words example examples code write help understand know work works difference different compare versus vs stand stands thing things way ways make made need needs want again detail details more short shorter summary summarise summarize plain english beginner".split(" "),
);

/** The words that carry a question's topic (no stopwords, no "explain", "example", "please"). */
export function topicWords(text: string): string[] {
  return contentWords(text).filter((word) => !QUESTION_WORDS.has(word));
}

function subjectOf(text: string, intent: Intent): string | null {
  const trimmed = text.replace(/[?.!]+\s*$/, "").trim();
  if (intent === "definition") {
    const match = DEFINITION.exec(trimmed);
    const rest = (match ? trimmed.slice(match[0].length) : trimmed)
      .replace(/\b(stand(?:s)? for|mean|means|do|does|in ros ?2|in the book|exactly|actually)\b.*$/i, "")
      .replace(/\s*(,|\band\b|\bor\b|\bwhy\b|\bhow\b|\bwhen\b).*$/i, "")
      .replace(/^(an?|the)\s+/i, "")
      .trim();
    return rest ? rest.toLowerCase() : null;
  }
  return null;
}

/** The kind of answer the words themselves ask for, or null when they do not say. */
function statedIntent(text: string): Intent | null {
  if (COMPARISON.test(text) || CHOICE.test(text.trim())) return "comparison";
  // "How do I load … and compute …" asks for a procedure, unless it names a formula.
  if (/^how (?:do|can|should) (?:i|we)\b/i.test(text.trim()) && !/\b(formula|equation)\b/i.test(text)) return "how-to";
  if (FORMULA.test(text)) return "formula";
  if (HOW_TO.test(text)) return "how-to";
  if (WHY.test(text)) return "why";
  if (DEFINITION.test(text) || STANDS_FOR.test(text)) return "definition";
  return null;
}

function intentOf(text: string): Intent {
  const topic = topicWords(text);
  // "QoS", "capture point?", "URDF": a keyword on its own asks what it is.
  if (topic.length > 0 && topic.length <= 3 && text.trim().split(/\s+/).length <= 4) return statedIntent(text) ?? "definition";
  return statedIntent(text) ?? "general";
}

// "and", "what about", "how about", "and on", "and if": the words a follow-up starts with before its new subject.
const LEAD = /^(?:(?:and|but|so|also|then|or|ok(?:ay)?)\s+)?(?:what about|how about|same for|and|on|in|for|with|if)?\s*/i;

/**
 * Reads a question in the light of the conversation: corrects spelling
 * against the book, tells what kind of answer it wants, and, when it leans
 * on the previous question, folds that question into what is searched.
 * `previousQuestions` are the reader's earlier questions, latest first;
 * `previousHeading` is the heading of the section the latest answer quoted first.
 */
export function analyseQuestion(text: string, previousQuestions: string[], lexicon: Lexicon, previousHeading: string | null = null): QuestionAnalysis {
  const corrected = correctSpelling(text, lexicon);
  const injection = INJECTION.some((pattern) => pattern.test(text));
  const rephrase: Rephrase = SIMPLER.test(corrected) ? "simpler" : SHORTER.test(corrected) ? "shorter" : EXAMPLE.test(corrected) ? "example" : null;
  const previous = previousQuestions.length > 0 && leansOnPrevious(corrected) ? resolvePrevious(previousQuestions, lexicon) : null;
  const followUp = previous !== null;
  // "And on Humble?" asks the previous question again, about something else.
  let intent = followUp ? (statedIntent(corrected) ?? intentOf(previous)) : intentOf(corrected);
  if (rephrase === "example") intent = "how-to";
  // A follow-up's own words are said twice: "and admittance?" is about admittance, in the light of the previous question.
  const basis = followUp ? `${previous} ${corrected} ${topicWords(corrected).join(" ")}` : corrected;
  // Spelling an acronym out helps a short question find its section; a long one already says enough.
  const expansions = topicWords(basis).length <= 5 ? acronymTerms(basis, lexicon) : [];
  // A follow-up asks about its own new words ("and admittance?"), or, rephrasing, about the previous subject.
  const newWords = corrected.replace(/[?.!]+\s*$/, "").replace(LEAD, "");
  const subject = !followUp
    ? subjectOf(corrected, intent)
    : rephrase || topicWords(newWords).length === 0
      ? subjectOf(previous, intentOf(previous))
      : intent === "definition"
        ? subjectOf(`what is ${newWords}`, "definition")
        : null;
  return {
    corrected,
    intent,
    subject,
    expansions: subject ? lexicon.expansions(subject.replace(/[\s-]+/g, " ")) : [],
    followUp,
    rephrase: followUp ? rephrase : null,
    searchText: [basis, ...expansions].join(" "),
    previous,
    thread: followUp && previousHeading ? sharedStems(previousHeading, previous) : [],
    negated: [...corrected.matchAll(NEGATED)].map((match) => stem(match[1]!.toLowerCase())),
    injection,
  };
}

function sharedStems(a: string, b: string): string[] {
  const other = new Set(topicWords(b).map(stem));
  return [...new Set(topicWords(a).map(stem))].filter((word) => other.has(word) && !/^\d+$/.test(word));
}

/**
 * Whether a message reads as a follow-up ("and on Humble?", "make that
 * simpler", "what if it fails?"), from its words alone: a long question that
 * names its topic stands alone, however it starts.
 */
export function leansOnPrevious(text: string): boolean {
  const topic = topicWords(text);
  return (
    SIMPLER.test(text) ||
    SHORTER.test(text) ||
    EXAMPLE.test(text) ||
    REPEAT.test(text) ||
    topic.length === 0 ||
    (FOLLOW_START.test(text.trim()) && topic.length <= 4) ||
    (ANAPHORA.test(text) && topic.length <= 3)
  );
}

/** The question a follow-up refers to: the latest earlier question, with the one before it when that was a follow-up too. */
function resolvePrevious(previousQuestions: string[], lexicon: Lexicon): string {
  const latest = correctSpelling(previousQuestions[0]!, lexicon);
  const before = previousQuestions[1];
  if (before && (FOLLOW_START.test(latest.trim()) || topicWords(latest).length <= 2)) return `${correctSpelling(before, lexicon)} ${latest}`;
  return latest;
}
