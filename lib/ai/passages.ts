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
  // A part's introduction is given once, and not at all when its own section is among the passages.
  const given = new Set(found.filter((passage) => !passage.heading.includes(" › ")).map((passage) => `${passage.chapter}#${passage.heading}`));
  return found.map(({ chapter, title, heading, href, text, context }, index) => {
    const part = `${chapter}#${heading.split(" › ")[0]}`;
    const introduce = Boolean(context) && !given.has(part);
    given.add(part);
    return { n: index + 1, chapter, title, heading: heading || title, href, text, ...(introduce && { context }) };
  });
}
