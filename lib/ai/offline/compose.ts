import { CONDITION_LABELS, lacksRtxWorkstation, matchesBackground, type BackgroundHas, type BackgroundLevel } from "@/lib/background/match";
import type { BackgroundInput } from "@/lib/background/schema";
import { stem } from "@/lib/rag/terms";
import type { NumberedPassage } from "../context";
import type { Learner } from "../learner";
import { topicWords, type QuestionAnalysis } from "../question";
import { NOT_COVERED, OFFLINE_NOTICE, SELECTION_DOES_NOT_ANSWER } from "../refusals";
import { passageUnits, splitSentences, type Place, type Unit } from "./blocks";

export type ComposeInput = {
  question: string;
  analysis: QuestionAnalysis;
  passages: NumberedPassage[];
  mode: "book" | "selection";
  background: BackgroundInput | null;
  /** How rare a word stem is in the book (higher is rarer); common words count for less. */
  weight: (stem: string) => number;
  /** What the reader has read, when they have a record: an answer from a chapter they have not read says so. */
  learner?: Learner | null;
};

type Scored = { unit: Unit; passage: NumberedPassage; order: number; score: number };

const stemSet = (text: string) => new Set(topicWords(text).map(stem));
const unitText = (unit: Unit) =>
  unit.kind === "sentence" ? unit.text : unit.kind === "table" ? [unit.header, ...unit.rows].flat().join(" ") : unit.value;
const boldStems = (text: string) => [...text.matchAll(/\*\*([^*]+)\*\*/g)].flatMap((match) => [...stemSet(match[1]!)]);

/** Keeps the paragraphs of a passage's context apart from the section's own, numbered from 1. */
const CONTEXT_PARAGRAPHS = 1000;

// Sentences that lean on the one before them ("It…", "This means…", "First, …").
const DEPENDENT =
  /^(it|its|this|these|that|those|they|them|such|here|there|then|thus|hence|so|but|however|also|instead|otherwise|both|each|first|second|third|finally|next|in this|in that|for example|for instance|similarly|likewise|in other words|the same|again|moreover|therefore|as a result|with that|in practice)\b/i;

/** How close to the best-scoring section retrieval's first must come to stay the answer's primary section. */
const TRUST_RETRIEVAL = 0.75;

/** What a follow-up's section keeps of its score when it says nothing of the thread's subject. */
const OFF_THREAD = 0.5;

/** How much of the answering section an explanation quotes, in words. */
const READING_WORDS = 200;

const REASON = /\b(because|so that|since|otherwise|prevents?|avoids?|the reason|which means|therefore|this is why|that is why|in order to)\b/i;

const LANGUAGE_HINTS: [RegExp, string[]][] = [
  [/\b(command|terminal|shell|install|bash|apt|colcon|source|run)\b/i, ["bash", "sh", "shell", "console"]],
  [/\b(python|rclpy|node|script|class|function|program)\b/i, ["python"]],
  [/\b(urdf|xacro|sdf|xml|world file|model file)\b/i, ["xml"]],
  [/\b(yaml|param(eter)?s? file|config)\b/i, ["yaml"]],
  [/\b(c\+\+|cpp|rclcpp)\b/i, ["cpp"]],
];

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The reader's condition a `<ForBackground>` label names, for matching against their answers. */
const CONDITION_BY_LABEL = new Map(Object.entries(CONDITION_LABELS).map(([condition, label]) => [label, condition]));

function placeAllowed(place: Place, background: BackgroundInput | null): boolean {
  if (!place.audience) return true;
  const condition = CONDITION_BY_LABEL.get(place.audience) as BackgroundHas | BackgroundLevel | undefined;
  if (!condition || !background) return false;
  const has = condition in CONDITION_LABELS && !["beginner", "intermediate", "advanced"].includes(condition);
  return matchesBackground(background, has ? { has: condition as BackgroundHas } : { level: condition as BackgroundLevel });
}

/**
 * One tab of a tab group per passage: the one the question names, else the first ("other" picks one the previous question did not name).
 * A comparison of tabs it names ("Jazzy or Humble?") gets each of them, labelled.
 */
function chooseTabs(
  units: Unit[],
  current: Set<string>,
  previous: Set<string>,
  wantsOther: boolean,
  comparison: boolean,
  avoid: Set<string>,
): Set<string> | null {
  const labels = [...new Set(units.map((unit) => unit.place.tab).filter((label): label is string => Boolean(label)))];
  if (labels.length === 0) return null;
  const named = (label: string, words: Set<string>) => [...stemSet(label)].some((stem) => words.has(stem));
  const compared = labels.filter((label) => named(label, current));
  if (comparison && compared.length >= 2) return new Set(compared);
  const asked = labels.find((label) => named(label, current));
  if (asked) return new Set([asked]);
  const chosen =
    (wantsOther ? labels.find((label) => !named(label, previous)) : undefined) ??
    labels.find((label) => named(label, previous)) ??
    labels[0]!;
  // "And with no GPU?": of tabs the question does not name, the one that says least of what it rules out.
  if (avoid.size === 0) return new Set([chosen]);
  const mentions = (label: string) =>
    units.filter((unit) => unit.place.tab === label).reduce((sum, unit) => sum + [...stemSet(unitText(unit))].filter((word) => avoid.has(word)).length, 0);
  const least = labels.reduce((best, label) => (mentions(label) < mentions(best) ? label : best), chosen);
  return new Set([least]);
}

function overlap(stems: Set<string>, terms: Map<string, number>): number {
  let score = 0;
  for (const stem of stems) score += terms.get(stem) ?? 0;
  return score;
}

/** The offline tutor's answer: extractive (every sentence from the book) and cited, composed like a teacher would. */
export function composeAnswer(input: ComposeInput): string {
  const { analysis, passages, background, mode } = input;
  if (mode === "selection") return composeFromSelection(input);
  if (passages.length === 0) return `${OFFLINE_NOTICE}\n\n${NOT_COVERED}`;

  const current = stemSet(analysis.corrected);
  const previous = analysis.previous ? stemSet(analysis.previous) : new Set<string>();
  const subject = analysis.subject ? stemSet(analysis.subject) : new Set<string>();
  // The question's own words count double; a follow-up's earlier question still
  // counts, less so when the follow-up names a new subject ("and Code as Policies?").
  const terms = new Map<string, number>();
  const previousWeight = analysis.followUp && current.size > 0 && !analysis.rephrase ? 0.5 : 1;
  for (const stem of previous) terms.set(stem, previousWeight * input.weight(stem));
  for (const stem of current) terms.set(stem, (analysis.followUp ? 3 : 2) * input.weight(stem));
  for (const word of topicWords(analysis.searchText)) {
    const extra = stem(word);
    if (!terms.has(extra)) terms.set(extra, 0.5 * input.weight(extra));
  }
  const currentTerms = new Map([...current].map((term) => [term, input.weight(term)]));
  const thread = new Map(analysis.thread.map((term) => [term, 1]));
  const negated = new Set(analysis.negated);
  const focus = analysis.followUp && !analysis.rephrase ? currentTerms : new Map<string, number>();
  const wantsOther = /\b(other|instead|alternative)\b/i.test(analysis.corrected);
  const beginner = background !== null && matchesBackground(background, { level: "beginner" });
  const advanced = background !== null && matchesBackground(background, { level: "advanced" });

  // Every usable unit of every passage, scored against the question.
  const scored: Scored[] = [];
  let order = 0;
  for (const passage of passages) {
    // The part's introduction is read first; its paragraphs are numbered apart, so none counts as the section's first.
    const context = passage.context ? passageUnits(passage.context).map((unit) => (unit.kind === "sentence" ? { ...unit, paragraph: unit.paragraph - CONTEXT_PARAGRAPHS } : unit)) : [];
    const units = [...context, ...passageUnits(passage.text)];
    const tabs = chooseTabs(units, current, previous, wantsOther, analysis.intent === "comparison", negated);
    const salient = salientTerms(units, terms, input.weight);
    const headingStems = stemSet(`${passage.title} ${passage.heading}`);
    const headingMatch = overlap(headingStems, terms) > 0;
    const sectionStems = stemSet(passage.heading.split(" › ").at(-1) ?? "");
    const glossaryEntry = passage.chapter === "capstone/glossary" && [...subject].some((stem) => headingStems.has(stem));
    for (const unit of units) {
      order++;
      if (tabs && unit.place.tab && !tabs.has(unit.place.tab)) continue;
      if (!placeAllowed(unit.place, background)) continue;
      let score = 0;
      if (unit.kind === "sentence") {
        const words = wordCount(unit.text);
        if (words < 4 || words > 90) continue;
        score = overlap(stemSet(unit.text), terms);
        // What the section keeps coming back to (and what it sets in bold) is what it is about.
        if (score > 0) score += 0.3 * overlap(stemSet(unit.text), salient) + (unit.text.includes("**") ? 1 : 0);
        // A follow-up's new subject ("and the report?") should be what the sentence is about: near its start.
        if (focus.size > 0) score += 2 * overlap(stemSet(unit.text.split(/\s+/).slice(0, 8).join(" ")), focus);
        if (unit.first && unit.paragraph === 1 && headingMatch) score += 1.5;
        if (glossaryEntry && unit.first && unit.paragraph === 1) score += 6;
        if (analysis.intent === "definition" && definesSubject(unit.text, analysis.subject, subject)) score += 5;
        if (analysis.intent === "why" && REASON.test(unit.text)) score += 2;
        if (analysis.intent === "formula" && unit.text.includes("$")) score += 2;
        // The part's introduction is background: it speaks when it introduces the section's own subject.
        if (unit.paragraph <= 0) score = score / 2 + (headingMatch && boldStems(unit.text).some((word) => sectionStems.has(word)) ? 3 : 0);
      } else if (unit.kind === "code") {
        score = overlap(stemSet(unit.value.replace(/[_.()/-]/g, " ")), terms) / 2 + languagePreference(unit.lang, analysis.corrected);
      } else if (unit.kind === "math") {
        score = overlap(stemSet(unit.value.replace(/\\/g, " ").replace(/[_^{}]/g, " ")), terms);
      } else if (unit.kind === "table") {
        // A row answers when it and the column names together hold the question's words.
        const header = stemSet(unit.header.join(" "));
        score = Math.max(0, ...unit.rows.map((row) => overlap(new Set([...stemSet(row.join(" ")), ...header]), currentTerms)));
      }
      scored.push({ unit, passage, order, score });
    }
  }

  const sentences = scored.filter((entry) => entry.unit.kind === "sentence" && entry.score > 0);
  if (sentences.length === 0) return `${OFFLINE_NOTICE}\n\n${NOT_COVERED}`;

  // The answer stays with the section that answers best, as a teacher quoting
  // one passage would; other sections add a sentence only when they are strong.
  // A glossary entry gives the definition; the chapter that teaches it gives
  // the rest. A section whose heading names the question's subject, and one
  // retrieval ranked higher, are preferred.
  // Retrieval already weighed where a follow-up continues: its order counts more then.
  const rankDiscount = analysis.followUp ? 0.15 : 0.05;
  const ranked = passages
    .map((passage, index) => {
      const own = sentences.filter((entry) => entry.passage === passage).map((entry) => entry.score).sort((a, b) => b - a);
      const heading = overlap(stemSet(passage.heading), currentTerms);
      const maths = analysis.intent === "formula" ? Math.max(0, ...scored.filter((e) => e.passage === passage && e.unit.kind === "math").map((e) => e.score)) : 0;
      // How much of the question the section covers counts more than how often it repeats one word;
      // a follow-up's question includes the one it follows ("why does it only help…" is still about NITROS).
      const covered = overlap(stemSet(`${passage.heading} ${passage.text}`), analysis.followUp ? terms : currentTerms);
      // A follow-up stays on its thread: "and with no GPU?" after a question about Whisper is still about Whisper.
      const offThread = thread.size > 0 && overlap(stemSet(`${passage.title} ${passage.heading}`), thread) === 0 ? OFF_THREAD : 1;
      const score = ((own[0] ?? 0) + 0.5 * (own[1] ?? 0) + covered + 3 * heading + 2 * maths) * (1 - rankDiscount * index) * offThread;
      return { passage, score: passage.chapter === "capstone/glossary" ? 0.6 * score : score };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
  // Retrieval weighed meaning as well as words: its first section answers a new
  // question unless another says clearly more of it ("a display launch file"
  // repeats the question's words; "namespaces" is what it asks for). A follow-up's
  // retrieval leans on the section before, which its new subject may leave.
  const retrievalFirst = analysis.followUp ? -1 : ranked.findIndex((entry) => entry.passage === passages[0]);
  if (retrievalFirst > 0 && ranked[retrievalFirst]!.score >= TRUST_RETRIEVAL * ranked[0]!.score) ranked.unshift(...ranked.splice(retrievalFirst, 1));
  const primary = ranked[0]!.passage;
  const budget = analysis.rephrase === "shorter" ? 2 : analysis.rephrase === "simpler" || beginner ? 3 : advanced ? 5 : analysis.intent === "how-to" ? 5 : 9;

  const chosen = new Set<Scored>();
  // The definition first, when the question asks what something is.
  let definition: Scored | undefined;
  if (analysis.intent === "definition" || analysis.rephrase === "simpler" || beginner) {
    // A glossary entry headed by the subject opens with its definition, whether or not it repeats the term.
    const glossary = scored.find(
      (entry) =>
        entry.unit.kind === "sentence" &&
        entry.unit.first &&
        entry.unit.paragraph === 1 &&
        entry.passage.chapter === "capstone/glossary" &&
        subject.size > 0 &&
        [...subject].every((stem) => stemSet(entry.passage.heading).has(stem)),
    );
    definition =
      glossary ??
      [...sentences]
        .filter((entry) => definesSubject((entry.unit as Sentence).text, analysis.subject, subject))
        .sort((a, b) => b.score - a.score || a.order - b.order)[0];
    if (definition) chosen.add(definition);
  }
  const own = sentences.filter((entry) => entry.passage === primary).sort((a, b) => b.score - a.score || a.order - b.order);
  const best = own[0]!.score;
  const limit = budget + (definition ? 1 : 0);
  for (const entry of own) {
    if (chosen.size >= limit) break;
    if (entry.score < best * 0.1) break;
    // A sentence that says again what a chosen one said (the glossary's definition, then the chapter's) would waste the budget.
    if ([...chosen].some((other) => restates(entry, other))) continue;
    chosen.add(entry);
  }
  // An explanation reads the section as the book wrote it: its sentences in
  // order (list items included) up to a reading budget, so the facts around the
  // matching sentence come along.
  if (analysis.intent !== "how-to" && !analysis.rephrase && !beginner) {
    let words = [...chosen].reduce((sum, entry) => sum + wordCount((entry.unit as Sentence).text), 0);
    // A short section (often an introduction) hands on to the next strong one.
    const readable = ranked.filter((entry, index) => index === 0 || entry.score >= 0.5 * ranked[0]!.score).map((entry) => entry.passage);
    for (const passage of readable) {
      for (const entry of scored) {
        if (words >= READING_WORDS) break;
        if (entry.passage !== passage || entry.unit.kind !== "sentence" || chosen.has(entry)) continue;
        chosen.add(entry);
        words += wordCount(entry.unit.text);
      }
    }
  }
  // A sentence between two chosen ones of the same paragraph is read with them.
  for (const entry of scored) {
    if (entry.unit.kind !== "sentence" || chosen.has(entry) || entry.passage !== primary) continue;
    const before = [...chosen].find((c) => c.passage === primary && c.order === entry.order - 1);
    const after = [...chosen].find((c) => c.passage === primary && c.order === entry.order + 1);
    if (before && after && (before.unit as Sentence).paragraph === (after.unit as Sentence).paragraph) chosen.add(entry);
  }
  // What the question asks that the chosen sentences do not say yet is looked
  // for in the other sections: "why does X, and how does Y guard against it".
  const uncovered = new Map(currentTerms);
  const cover = (entry: Scored) => {
    for (const stem of stemSet((entry.unit as Sentence).text)) uncovered.delete(stem);
  };
  [...chosen].forEach(cover);
  // A comparison needs each side explained, not just named: two sentences from each other section.
  const perSection = analysis.intent === "comparison" ? 2 : 1;
  let added = 0;
  for (const { passage } of ranked.slice(1)) {
    if (added >= 3 * perSection || analysis.rephrase === "shorter") break;
    const candidates = sentences.filter((entry) => entry.passage === passage && !chosen.has(entry));
    for (let taken = 0; taken < perSection; taken++) {
      const pick = candidates
        .filter((entry) => !chosen.has(entry))
        .map((entry) => ({ entry, gain: overlap(stemSet((entry.unit as Sentence).text), uncovered) + (taken > 0 ? 0.5 * entry.score : 0) }))
        .sort((a, b) => b.gain - a.gain || b.entry.score - a.entry.score)[0];
      if (!pick || pick.gain < 1.5) break;
      chosen.add(pick.entry);
      cover(pick.entry);
      added++;
    }
  }
  if (analysis.intent === "comparison") {
    for (const side of comparedSides(analysis.corrected)) {
      // Each side is best explained by what it is: the sentence that defines it (or sets it in bold, as the book does where it introduces a term).
      // The chapter that answers explains both sides in the same terms.
      const home = (entry: Scored) => (entry.passage.chapter === primary.chapter ? 1 : 0);
      const bold = (entry: Scored) => (introducesInBold((entry.unit as Sentence).text, side) ? 1 : 0);
      const defining = [...sentences]
        .filter((entry) => bold(entry) || definesSubject((entry.unit as Sentence).text, [...side].join(" "), side))
        .sort((a, b) => bold(b) - bold(a) || home(b) - home(a) || b.score - a.score || a.order - b.order)[0];
      if (defining) chosen.add(defining);
      const sideTerms = new Map([...side].map((stem) => [stem, 1]));
      if ([...chosen].some((entry) => overlap(stemSet((entry.unit as Sentence).text), sideTerms) > 0)) continue;
      const found = [...sentences].sort((a, b) => b.score - a.score).find((entry) => overlap(stemSet((entry.unit as Sentence).text), sideTerms) > 0);
      if (found) chosen.add(found);
    }
  }

  // Code for "how do I…": from the section that answers, else the best match anywhere.
  const extras: Scored[] = [];
  if (analysis.intent === "how-to" || analysis.rephrase === "example") {
    // The code of the section that answers, in reading order (a procedure is often
    // several blocks: add the repository, install, source); else the best block anywhere.
    const code = scored.filter((entry) => entry.unit.kind === "code" && entry.score > 0);
    const own = code.filter((entry) => entry.passage === primary);
    const pool = own.length > 0 ? own : code;
    const top = Math.max(0, ...pool.map((entry) => entry.score));
    const blocks = own.length > 0 ? own.filter((entry) => entry.score >= 0.5 * top).slice(0, 4) : pool.sort((a, b) => b.score - a.score).slice(0, 1);
    extras.push(...blocks);
  }
  if (analysis.intent === "formula") {
    // The best-matching equation; failing that (LaTeX rarely repeats the question's words), the first
    // equation of the section that introduces the question's terms in bold, as the book does where it
    // defines a quantity ("That point is the **capture point**"), else of the answering section.
    const introduces = (passage: NumberedPassage) =>
      [...passage.text.matchAll(/\*\*([^*]+)\*\*/g)].reduce((sum, [, bold]) => sum + overlap(stemSet(bold!), terms), 0);
    const defining = passages
      .filter((passage) => scored.some((entry) => entry.unit.kind === "math" && entry.passage === passage))
      .map((passage) => ({ passage, weight: introduces(passage) }))
      .filter((entry) => entry.weight > 0)
      .sort((a, b) => b.weight - a.weight)[0]?.passage;
    const formula =
      scored.filter((entry) => entry.unit.kind === "math" && entry.score > 0).sort((a, b) => b.score - a.score || a.order - b.order)[0] ??
      scored.find((entry) => entry.unit.kind === "math" && entry.passage === (defining ?? primary));
    if (formula) extras.push(formula);
  }
  const questionWeight = [...currentTerms.values()].reduce((sum, w) => sum + w, 0);
  // A table answers when a row holds half the question, or a quarter of it in the answering section.
  const table = scored
    .filter((entry) => entry.unit.kind === "table" && questionWeight > 0 && entry.score >= (entry.passage === primary ? 0.25 : 0.5) * questionWeight)
    .sort((a, b) => b.score - a.score)[0];
  if (table && (analysis.intent !== "how-to" || extras.length === 0)) extras.push(table);

  const cited: number[] = [];
  const cite = (passage: NumberedPassage) => {
    if (!cited.includes(passage.n)) cited.push(passage.n);
    return `[${passage.n}]`;
  };

  // The definition opens; then each passage's sentences in reading order, with
  // what they lean on, and the maths or code that completes them.
  const groups: Scored[][] = [];
  if (definition) groups.push([definition]);
  const rest = [...chosen].filter((entry) => entry !== definition);
  for (const passage of [primary, ...ranked.slice(1).map((r) => r.passage)]) {
    const mine = rest.filter((entry) => entry.passage === passage);
    if (mine.length) groups.push(mine);
  }
  const paragraphs: string[] = [];
  const shown: Scored[] = [];
  const spelledOut = spellOut(analysis, definition ?? groups[0]?.[0], passages);
  if (spelledOut) paragraphs.push(spelledOut);
  groups.forEach((group, index) => {
    const passage = group[0]!.passage;
    const units = withCompletions(addDependencies(group, scored), scored, extras);
    shown.push(...units);
    const prefix = index === 0 && beginner && definition && group.includes(definition) ? "**In plain words:** " : "";
    paragraphs.push(`${prefix}${render(units, analysis, currentTerms, cite(passage))}`);
  });
  for (const extra of extras.filter((e) => !shown.includes(e))) {
    paragraphs.push(`From ${cite(extra.passage)}:`);
    paragraphs.push(render([extra], analysis, currentTerms));
  }

  const notes = [
    ...hardwareNotes(background, shown, shown.map((entry) => (entry.unit.kind === "sentence" ? entry.unit.text : "")).join(" ")),
    ...unreadNote(input.learner ?? null, groups.map((group) => group[0]!.passage)),
  ];
  return [OFFLINE_NOTICE, ...paragraphs, ...notes].join("\n\n");
}

type Sentence = Extract<Unit, { kind: "sentence" }>;

/** Whether a sentence's topic words are mostly those of another: the same statement, reworded. */
function restates(entry: Scored, other: Scored): boolean {
  if (entry.unit.kind !== "sentence" || other.unit.kind !== "sentence") return false;
  const mine = stemSet(entry.unit.text);
  const theirs = stemSet(other.unit.text);
  const shared = [...mine].filter((stem) => theirs.has(stem)).length;
  return mine.size > 0 && shared / Math.min(mine.size, theirs.size) >= 0.6;
}

/** Words a section uses in several of its sentences, other than the question's own: its key terms, weighted by rarity. */
function salientTerms(units: Unit[], question: Map<string, number>, weight: (stem: string) => number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const unit of units) {
    if (unit.kind !== "sentence") continue;
    for (const term of stemSet(unit.text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const salient = new Map<string, number>();
  for (const [term, count] of counts) if (count >= 2 && !question.has(term)) salient.set(term, weight(term) * Math.min(3, count - 1) * 0.5);
  return salient;
}

/**
 * "AMCL stands for Adaptive Monte Carlo Localization": said first when an
 * acronym is asked about and the opening sentence does not spell it out.
 * The long form is quoted as the book writes it.
 */
function spellOut(analysis: QuestionAnalysis, opening: Scored | undefined, passages: NumberedPassage[]): string | null {
  if (analysis.intent !== "definition" || !analysis.subject || analysis.expansions.length === 0) return null;
  const openingText = opening?.unit.kind === "sentence" ? opening.unit.text.toLowerCase() : "";
  const book = passages.map((p) => `${p.heading} ${p.text}`).join(" ");
  for (const other of analysis.expansions) {
    if (openingText.includes(other) || openingText.replace(/-/g, " ").includes(other)) return null;
    const pattern = new RegExp(other.split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s-]+"), "i");
    const asWritten = pattern.exec(book)?.[0];
    const acronym = new RegExp(`\\b${analysis.subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").exec(book)?.[0];
    if (asWritten && acronym) {
      const [short, long] = other.length > analysis.subject.length ? [acronym, asWritten] : [asWritten, acronym];
      return `**${short}** stands for *${long}*.`;
    }
  }
  return null;
}

/** A sentence that introduces display maths or code ("…has the solution:") brings it along; so does an extra in its passage. */
function withCompletions(units: Scored[], all: Scored[], extras: Scored[]): Scored[] {
  const result = new Set(units);
  for (const entry of units) {
    const next = all.find((other) => other.passage === entry.passage && other.order === entry.order + 1);
    if (next && (next.unit.kind === "math" || (next.unit.kind === "code" && extras.includes(next)))) result.add(next);
    if (entry.unit.kind === "sentence" && /[:,]$|\b(solution|equation|formula|given by|is|are|gives|becomes|where)$/i.test(entry.unit.text.replace(/\s*\[\d+\]$/, ""))) {
      // Maths always; code only when it is short enough to read as part of the sentence.
      if (next && (next.unit.kind === "math" || (next.unit.kind === "code" && next.unit.value.split("\n").length <= 12))) result.add(next);
    }
  }
  // "The fix is…", "The rule is…": a sentence that announces brings the one that says it.
  for (const entry of units) {
    if (entry.unit.kind !== "sentence" || !/^(the (fix|solution|answer|trick|rule|cure|remedy)\b|to fix\b|instead\b)/i.test(entry.unit.text)) continue;
    const next = all.find((other) => other.passage === entry.passage && other.order === entry.order + 1);
    if (next && next.unit.kind !== "table") result.add(next);
  }
  // A sentence that introduces a list ("…three policies:") brings the list, up to six items.
  for (const entry of units) {
    if (entry.unit.kind !== "sentence" || entry.unit.text.startsWith("- ") || !/(:|following|these|them|several|three|four|five|two)\W*$/i.test(entry.unit.text)) continue;
    for (let next = entry.order + 1, taken = 0; taken < 6; next++, taken++) {
      const item = all.find((other) => other.passage === entry.passage && other.order === next);
      if (!item || item.unit.kind !== "sentence" || !item.unit.text.startsWith("- ")) break;
      result.add(item);
    }
  }
  for (const extra of extras) if (units.some((entry) => entry.passage === extra.passage)) result.add(extra);
  return [...result].sort((a, b) => a.order - b.order);
}

/**
 * Units of one passage as Markdown: sentences of a paragraph run on; maths,
 * code and tables stand as blocks. The citation closes each run of prose, so
 * it never lands inside a block.
 */
function render(units: Scored[], analysis: QuestionAnalysis, current: Map<string, number>, citation = ""): string {
  let out = "";
  let paragraph = -1;
  let prose = false;
  const close = () => {
    if (prose && citation) out += ` ${citation}`;
    prose = false;
  };
  // Text from two tabs ("Jazzy", "Humble") says which tab each part comes from, so they never read as one.
  const tabs = new Set(units.map((entry) => entry.unit.place.tab).filter(Boolean));
  let tab: string | undefined;
  for (const entry of units) {
    const unit = entry.unit;
    let label = "";
    if (tabs.size > 1 && unit.place.tab && unit.place.tab !== tab) {
      close();
      label = `**${unit.place.tab}:** `;
      paragraph = -1;
    }
    tab = unit.place.tab ?? tab;
    if (unit.kind === "sentence") {
      if (out === "") out = `${label}${unit.text}`;
      else if (unit.paragraph === paragraph && prose) out += ` ${unit.text}`;
      else {
        close();
        out += `\n\n${label}${unit.text}`;
      }
      paragraph = unit.paragraph;
      prose = true;
    } else {
      close();
      out += `${out ? "\n\n" : ""}${label ? `${label.trim()}\n\n` : ""}${renderExtra(entry, analysis, current)}`;
      paragraph = -1;
    }
  }
  close();
  return out;
}

/**
 * "X is…", "The X (ZMP) is…", "X stands for…", "…is called X": a sentence that
 * says what the subject is, with the subject as what it is about (near its start,
 * before the verb), not merely mentioned.
 */
function definesSubject(text: string, subject: string | null, subjectStems: Set<string>): boolean {
  if (!subject || subjectStems.size === 0) return false;
  const tokens = text.replace(/[*_`]/g, "").split(/\s+/);
  const stems = tokens.map((token) => stemSet(token));
  const has = (stem: string, from: number, to: number) => stems.slice(from, to).some((set) => set.has(stem));
  const verb = tokens.findIndex((token) => /^(is|are|means|describes|refers|stands)$/i.test(token));
  if (verb > 0 && verb <= 10 && [...subjectStems].every((stem) => has(stem, 0, verb))) return true;
  const naming = tokens.findIndex((token, i) => /^(called|named)$/i.test(token) || (/^known$/i.test(token) && /^as$/i.test(tokens[i + 1] ?? "")));
  return naming >= 0 && [...subjectStems].every((stem) => has(stem, naming, naming + 6));
}

/** Whether a sentence sets the term in bold ("**Admittance control** simulates…"): where the book introduces it. */
function introducesInBold(text: string, term: Set<string>): boolean {
  return [...text.matchAll(/\*\*([^*]+)\*\*/g)].some(([, bold]) => {
    const stems = stemSet(bold!);
    return [...term].every((stem) => stems.has(stem));
  });
}

function comparedSides(question: string): Set<string>[] {
  const match =
    /(?:between|compare)\s+(.+?)\s+(?:and|with|vs\.?|versus)\s+(.+?)(?:[?.]|$)/i.exec(question) ??
    /(.+?)\s+(?:vs\.?|versus)\s+(.+?)(?:[?.]|$)/i.exec(question) ??
    /^(.+?)\s+or\s+(.+?)\s*[:;—–]/i.exec(question);
  return match ? [stemSet(match[1]!), stemSet(match[2]!)].filter((side) => side.size > 0) : [];
}

function languagePreference(lang: string, question: string): number {
  for (const [pattern, langs] of LANGUAGE_HINTS) if (pattern.test(question) && langs.includes(lang)) return 2;
  return lang === "text" ? -1 : 0;
}

/** A chosen sentence that leans on the one before it brings that sentence along (or is dropped, at a paragraph's start). */
function addDependencies(entries: Scored[], all: Scored[]): Scored[] {
  const result = new Set<Scored>();
  const sentences = all.filter((entry) => entry.unit.kind === "sentence");
  for (const entry of entries.sort((a, b) => a.order - b.order)) {
    if (entry.unit.kind !== "sentence") continue;
    let current: Scored | undefined = entry;
    const chain: Scored[] = [];
    for (let hops = 0; current && hops < 3; hops++) {
      chain.unshift(current);
      const unit = current.unit as Extract<Unit, { kind: "sentence" }>;
      if (!DEPENDENT.test(unit.text) || unit.text.startsWith("- ")) break;
      if (unit.first) {
        // At a paragraph's start it leans on text we do not show: keep it only where it opens the passage or a tab.
        if (!unit.leads) chain.length = 0;
        break;
      }
      current = sentences.find((s) => s.passage === entry.passage && s.order === current!.order - 1);
    }
    for (const item of chain) result.add(item);
  }
  return [...result].sort((a, b) => a.order - b.order);
}

function renderExtra(entry: Scored, analysis: QuestionAnalysis, current: Map<string, number>): string {
  const unit = entry.unit;
  if (unit.kind === "code") return `\`\`\`${unit.lang}\n${unit.value}\n\`\`\``;
  if (unit.kind === "math") return `$$\n${unit.value}\n$$`;
  if (unit.kind === "table") {
    const rows = unit.rows.filter((row) => overlap(stemSet(row.join(" ")), current) > 0);
    const shown = (rows.length > 0 ? rows : unit.rows).slice(0, 6);
    const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
    return [line(unit.header), line(unit.header.map(() => "---")), ...shown.map(line)].join("\n");
  }
  void analysis;
  return unit.text;
}

/** A note about the reader's hardware only when what is shown concerns it. */
/**
 * Points a reader who has begun the book to the chapters this answer quotes
 * that they have not read yet. Before their first chapter, every chapter is
 * unread, and saying so under every answer would tell them nothing.
 */
function unreadNote(learner: Learner | null, quoted: NumberedPassage[]): string[] {
  if (!learner || learner.read.length === 0) return [];
  const unread = [...new Map(quoted.filter((passage) => learner.unread.has(passage.chapter)).map((passage) => [passage.chapter, passage])).values()];
  if (unread.length === 0) return [];
  const links = unread.map((passage) => `[${passage.title}](${passage.href.split("#")[0]})`).join(" and ");
  return [`You have not read ${links} yet: this answer quotes it, and the chapter builds up to it. Read it from the start for the whole picture.`];
}

function hardwareNotes(background: BackgroundInput | null, shown: Scored[], text: string): string[] {
  if (!background) return [];
  const notes: string[] = [];
  const jetsonShown = shown.some((entry) => entry.unit.place.audience === CONDITION_LABELS.jetson) || /\bjetson|\borin\b/i.test(text);
  if (matchesBackground(background, { has: "jetson" }) && jetsonShown) {
    notes.push("You have a Jetson, and this touches it: follow the Jetson notes in the cited section, and check the version matrix in [Hardware and Lab Setup](/learn/foundations/hardware-and-lab-setup#version-matrix) for what your JetPack runs.");
  }
  if (lacksRtxWorkstation(background) && /\b(isaac sim|isaac lab|rtx)\b/i.test(text)) {
    notes.push("You don't have an RTX workstation: run this on a cloud GPU instance, as [The cloud alternative](/learn/foundations/hardware-and-lab-setup#the-cloud-alternative) explains.");
  }
  return notes;
}

const ABOUT_THE_SELECTION = /\b(this|it|that|selection|selected|passage|paragraph|text|above|here)\b/i;
const RESTATE = /\b(explain|simplif|simpler|summar|paraphrase|rephrase|mean|plain|in other words|tl;?dr|break (it )?down|clarify)/i;

/** Selection mode: only the reader's selection, cited as [1]; a plain "does not answer" when it doesn't. */
function composeFromSelection({ question, analysis, passages, weight }: ComposeInput): string {
  const selection = passages[0];
  if (!selection) return `${OFFLINE_NOTICE}\n\n${SELECTION_DOES_NOT_ANSWER}`;
  const units = passageUnits(selection.text).filter((unit): unit is Extract<Unit, { kind: "sentence" }> => unit.kind === "sentence");
  const sentences = units.length > 0 ? units.map((unit) => unit.text) : splitSentences(selection.text);
  const topic = stemSet(analysis.corrected);
  for (const stem of stemSet("this it that selection selected passage paragraph text above here explain simplify simpler summarise summarize mean")) topic.delete(stem);

  if (topic.size === 0 || (RESTATE.test(question) && (ABOUT_THE_SELECTION.test(question) || question.trim().split(/\s+/).length <= 3))) {
    return `${OFFLINE_NOTICE}\n\n${keySentences(sentences, 4, weight).join(" ")} [${selection.n}]`;
  }
  // The selection answers only if it holds most of what the question is about.
  const selectionStems = stemSet(selection.text);
  let total = 0;
  let covered = 0;
  for (const stem of topic) {
    const w = weight(stem);
    total += w;
    if (selectionStems.has(stem)) covered += w;
  }
  const relevant = sentences
    .map((text, index) => ({ text, index, score: [...stemSet(text)].filter((stem) => topic.has(stem)).length }))
    .filter((entry) => entry.score > 0);
  if (total === 0 || covered / total < 0.6 || relevant.length === 0) return `${OFFLINE_NOTICE}\n\n${SELECTION_DOES_NOT_ANSWER}`;
  const picked = relevant
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, 3)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.text);
  return `${OFFLINE_NOTICE}\n\n${picked.join(" ")} [${selection.n}]`;
}

/**
 * The sentences that carry a passage: those sharing most of its recurring
 * words (weighted by rarity), the opening one favoured, in reading order.
 */
function keySentences(sentences: string[], count: number, weight: (stem: string) => number): string[] {
  if (sentences.length <= count) return sentences;
  const stems = sentences.map((sentence) => stemSet(sentence));
  const seen = new Map<string, number>();
  for (const set of stems) for (const stem of set) seen.set(stem, (seen.get(stem) ?? 0) + 1);
  return sentences
    .map((text, index) => ({
      text,
      index,
      score: [...stems[index]!].reduce((sum, stem) => sum + weight(stem) * Math.min(2, seen.get(stem)!), 0) / Math.sqrt(stems[index]!.size + 1) + (index === 0 ? 2 : 0),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.text);
}
