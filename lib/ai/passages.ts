import "server-only";
import { getPage } from "@/lib/content";
import { sectionHref } from "@/lib/content/urls";
import type { Env } from "@/lib/env";
import { getRetriever } from "@/lib/rag";
import type { NumberedPassage, TutorQuestion } from "./context";
import type { QuestionAnalysis } from "./question";

/** The passages an answer may use: the reader's selection alone, or the book's best-matching sections, each whole and once. */
export async function findPassages(
  question: TutorQuestion,
  analysis: QuestionAnalysis,
  e: Env,
  followsSections: string[] = [],
): Promise<NumberedPassage[]> {
  if (question.selection) {
    const { selection } = question;
    const page = selection.chapter ? getPage(selection.chapter) : null;
    return [
      {
        n: 1,
        chapter: selection.chapter ?? "",
        title: page?.frontmatter.title ?? "Your selection",
        heading: selection.heading ?? page?.frontmatter.title ?? "Selected text",
        href: page ? sectionHref(page.href, selection.anchor ?? "") : "/learn",
        text: selection.text,
      },
    ];
  }
  const found = await (await getRetriever()).search(analysis.searchText, {
    k: e.RAG_TOP_K,
    chapterHint: question.chapter,
    followsSections: analysis.followUp ? followsSections : [],
    wholeSections: true,
  });
  // A chapter's opening text has no heading: it is labelled with the chapter's title.
  return found.map(({ chapter, title, heading, href, text }, index) => ({ n: index + 1, chapter, title, heading: heading || title, href, text }));
}
