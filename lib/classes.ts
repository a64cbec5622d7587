import "server-only";
import type { Database } from "@/db/client";
import { firstAnswersOf, readChaptersOf, rosterOf, type CitationRow } from "@/db/queries/classes";
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
  const [reads, answers] = await Promise.all([readChaptersOf(db, ids), firstAnswersOf(db, ids)]);
  const quizzes = quizIndex(book);
  const moduleOf = new Map(book.pages.map((page) => [page.slug, page.module]));
  const rows = new Map<string, RosterRow>(
    students.map((s) => [s.userId, { userId: s.userId, memberId: s.memberId, name: s.name, readByModule: {}, answered: 0, rightFirstTime: 0 }]),
  );
  for (const read of reads) {
    const row = rows.get(read.userId);
    const moduleSlug = moduleOf.get(read.chapter);
    if (row && moduleSlug) row.readByModule[moduleSlug] = (row.readByModule[moduleSlug] ?? 0) + 1;
  }
  const items = new Map<string, { answered: number; right: number; wrong: Map<number, number> }>();
  for (const answer of answers) {
    if (!quizzes.has(answer.quizId)) continue;
    const row = rows.get(answer.userId)!;
    row.answered++;
    if (answer.firstCorrect) row.rightFirstTime++;
    const item = items.get(answer.quizId) ?? { answered: 0, right: 0, wrong: new Map<number, number>() };
    item.answered++;
    if (answer.firstCorrect) item.right++;
    else item.wrong.set(answer.firstChoice, (item.wrong.get(answer.firstChoice) ?? 0) + 1);
    items.set(answer.quizId, item);
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

const questionText = (parts: unknown): string | null => {
  if (!Array.isArray(parts)) return null;
  const text = parts.find((part): part is { type: "text"; text: string } => part?.type === "text" && typeof part.text === "string");
  return text?.text ?? null;
};

/** The "most asked" map: per cited section, how often the class asked and disliked the answer, most asked first. */
export function mostAsked(citations: CitationRow[]): AskedSection[] {
  const sections = new Map<string, { row: CitationRow; asked: number; thumbsDown: number; students: Set<string>; questions: Set<string> }>();
  for (const citation of citations) {
    if (!citation.href) continue;
    const entry = sections.get(citation.href) ?? { row: citation, asked: 0, thumbsDown: 0, students: new Set<string>(), questions: new Set<string>() };
    entry.asked++;
    if (citation.thumbsDown) entry.thumbsDown++;
    entry.students.add(citation.studentId);
    const text = questionText(citation.question);
    if (text) entry.questions.add(text);
    sections.set(citation.href, entry);
  }
  return [...sections.values()]
    .map(({ row, asked, thumbsDown, students, questions }) => ({
      href: row.href,
      title: row.title,
      heading: row.heading,
      asked,
      thumbsDown,
      students: students.size,
      questions: students.size >= MIN_STUDENTS_FOR_TEXTS ? [...questions].sort() : null,
    }))
    .sort((a, b) => b.asked - a.asked || a.href.localeCompare(b.href));
}
