import "server-only";
import type { Database } from "@/db/client";
import { answerTotals, firstChoiceCounts, readCountsByModule, rosterOf, type CitationSummary } from "@/db/queries/classes";
import type { Book } from "@/lib/content";
import { quizIndex } from "@/lib/content/quizzes";

export type RosterRow = {
  userId: string;
  memberId: string;
  name: string;
  /** Pages read per module slug. */
  readByModule: Record<string, number>;
  answered: number;
  rightFirstTime: number;
};

export type ItemRow = {
  quizId: string;
  chapter: string;
  question: string;
  answered: number;
  rightFirstTime: number;
  /** The wrong option most chosen on a first attempt, with how many chose it. */
  commonWrong: { option: string; count: number } | null;
};

export type ClassReport = { roster: RosterRow[]; items: ItemRow[]; quizzes: number };

/** A class's roster with progress and scores, and its quiz items; null unless `instructorId` teaches it. No names leave the roster. */
export async function classReport(db: Database, book: Book, instructorId: string, classId: string): Promise<ClassReport | null> {
  const students = await rosterOf(db, instructorId, classId);
  if (!students) return null;
  const ids = students.map((student) => student.userId);
  const quizzes = quizIndex(book);
  const [reads, totals, choices] = await Promise.all([readCountsByModule(db, ids), answerTotals(db, ids, [...quizzes.keys()]), firstChoiceCounts(db, ids)]);
  const rows = new Map<string, RosterRow>(
    students.map((s) => [s.userId, { userId: s.userId, memberId: s.memberId, name: s.name, readByModule: {}, answered: 0, rightFirstTime: 0 }]),
  );
  for (const read of reads) {
    const row = rows.get(read.userId);
    if (row) row.readByModule[read.module] = read.read;
  }
  for (const total of totals) {
    const row = rows.get(total.userId);
    if (row) Object.assign(row, { answered: total.answered, rightFirstTime: total.right });
  }
  const items = new Map<string, { answered: number; right: number; wrong: Map<number, number> }>();
  for (const { quizId, choice, correct, count } of choices) {
    const item = items.get(quizId) ?? { answered: 0, right: 0, wrong: new Map<number, number>() };
    item.answered += count;
    if (correct) item.right += count;
    else item.wrong.set(choice, (item.wrong.get(choice) ?? 0) + count);
    items.set(quizId, item);
  }
  const itemRows: ItemRow[] = [...quizzes.values()].map((quiz) => {
    const item = items.get(quiz.id);
    const [choice, count] = [...(item?.wrong ?? new Map<number, number>())].sort((a, b) => b[1] - a[1])[0] ?? [];
    return {
      quizId: quiz.id,
      chapter: quiz.chapter,
      question: quiz.question,
      answered: item?.answered ?? 0,
      rightFirstTime: item?.right ?? 0,
      commonWrong: choice === undefined ? null : { option: quiz.options[choice] ?? "?", count: count! },
    };
  });
  return { roster: [...rows.values()], items: itemRows, quizzes: quizzes.size };
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The roster and scores as CSV: one row per student, pages read per module and the quiz score. */
export function rosterCsv(book: Book, report: ClassReport): string {
  const header = ["Student", ...book.modules.map((module) => `${module.title} (pages read of ${module.pages.length})`), "Quizzes answered", "Right first time", "Score (%)"];
  const lines = report.roster.map((row) => [
    row.name,
    ...book.modules.map((module) => row.readByModule[module.slug] ?? 0),
    row.answered,
    row.rightFirstTime,
    report.quizzes === 0 ? 0 : Math.round((row.rightFirstTime / report.quizzes) * 100),
  ]);
  return [header, ...lines].map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** An instructor sees the students' question texts about a section only once this many different students asked about it. */
export const MIN_STUDENTS_FOR_TEXTS = 3;

export type AskedSection = {
  href: string;
  title: string;
  heading: string;
  /** Tutor answers citing the section, and how many of them got a thumbs down. */
  asked: number;
  thumbsDown: number;
  students: number;
  /** The questions, without names; null below MIN_STUDENTS_FOR_TEXTS students. */
  questions: string[] | null;
};

/** The "most asked" map: per cited section, how often the class asked and disliked the answer, most asked first. */
export function mostAsked({ sections, questions }: CitationSummary): AskedSection[] {
  const texts = new Map<string, string[]>();
  for (const { href, text } of questions) texts.set(href, [...(texts.get(href) ?? []), text]);
  return sections
    .map((section) => ({
      ...section,
      // The query already leaves out texts below the threshold; this keeps the rule in one readable place too.
      questions: section.students >= MIN_STUDENTS_FOR_TEXTS ? (texts.get(section.href) ?? []).sort() : null,
    }))
    .sort((a, b) => b.asked - a.asked || a.href.localeCompare(b.href));
}
