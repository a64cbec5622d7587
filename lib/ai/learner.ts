import type { Book } from "@/lib/content";
import { quizIndex } from "@/lib/content/quizzes";
import { sectionHref } from "@/lib/content/urls";

/** What the tutor knows of the reader's learning: chapters read, items missed, and where to go next. */
export type Learner = {
  read: { title: string; href: string }[];
  missed: { question: string; title: string; href: string }[];
  next: { title: string; href: string } | null;
  unread: Set<string>;
};

type Visit = { chapter: string; readAt: Date | null };
type Answer = { quizId: string; latestCorrect: boolean; reviewBox: number | null };

export function learnerOf(book: Book, visits: Visit[], answers: Answer[]): Learner {
  const readSlugs = new Set(visits.filter((visit) => visit.readAt !== null).map((visit) => visit.chapter));
  const quizzes = quizIndex(book);
  const missed = answers.flatMap((answer) => {
    const quiz = quizzes.get(answer.quizId);
    const page = quiz && book.bySlug.get(quiz.chapter);
    if (!quiz || !page || (answer.latestCorrect && answer.reviewBox === null)) return [];
    const heading = page.headings.find((h) => h.id === quiz.section)?.text;
    return [{ question: quiz.question, title: heading ? `${page.frontmatter.title} › ${heading}` : page.frontmatter.title, href: sectionHref(page.href, quiz.section) }];
  });
  const nextPage = book.pages.find((page) => !readSlugs.has(page.slug)) ?? null;
  return {
    read: book.pages.filter((page) => readSlugs.has(page.slug)).map((page) => ({ title: page.frontmatter.title, href: page.href })),
    missed,
    next: nextPage && { title: nextPage.frontmatter.title, href: nextPage.href },
    unread: new Set(book.pages.filter((page) => !readSlugs.has(page.slug)).map((page) => page.slug)),
  };
}

const ASKS_REVIEW = /\bwhat\b.*\b(review|revise|practi[cs]e|go over|got wrong|missed)\b/i;
const ASKS_NEXT = /\b(what|which)\b.*\b(read|study|learn|chapter)\b.*\bnext\b|\bwhere (should|do) i (start|continue|go next)\b/i;

/** "What should I review?" and "what should I read next?" answered from the reader's own record; null for other questions. */
export function learnerAnswer(question: string, learner: Learner | null): string | null {
  if (!learner) return null;
  if (ASKS_REVIEW.test(question)) {
    if (learner.missed.length === 0) {
      return "You have no missed quiz items to review. Answer the quizzes in the chapters you read; any you miss will show up on [your review page](/review).";
    }
    const items = learner.missed.slice(0, 8).map((item) => `- ${item.question} — [${item.title}](${item.href})`);
    return [`These quiz items you missed are worth reviewing, each with the section that explains it:`, ...items, "", "Practise them on [your review page](/review)."].join("\n");
  }
  if (ASKS_NEXT.test(question)) {
    if (!learner.next) return "You have read every chapter of the book. Go over the items you missed on [your review page](/review), or start the capstone.";
    const done = learner.read.length === 0 ? "You have not finished a chapter yet." : `You have read ${learner.read.length} of the book's pages.`;
    return `${done} Next in the book's order: [${learner.next.title}](${learner.next.href}).`;
  }
  return null;
}

/** The reader's record as the hosted model's system prompt states it. */
export function describeLearner(learner: Learner | null, passageChapters: string[]): string {
  if (!learner) return "Nothing is known of what the reader has read.";
  const lines = [
    learner.read.length > 0 ? `Chapters read: ${learner.read.map((page) => page.title).join("; ")}.` : "The reader has not finished a chapter yet.",
  ];
  if (learner.missed.length > 0) lines.push(`Quiz items they missed: ${learner.missed.slice(0, 8).map((item) => `"${item.question}" (${item.href})`).join("; ")}.`);
  const unread = [...new Set(passageChapters.filter((chapter) => learner.unread.has(chapter)))];
  if (unread.length > 0) lines.push(`Some passages come from chapters the reader has not read yet (${unread.join(", ")}): say so and point them to those chapters.`);
  return lines.join("\n");
}
