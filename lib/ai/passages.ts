import "server-only";
import { getPage } from "@/lib/content";
import type { Env } from "@/lib/env";
import { getRetriever } from "@/lib/rag";
import type { NumberedPassage, TutorContext, TutorQuestion } from "./context";
import type { Source } from "./tutor-message";

/** The passages an answer may use: the reader's selection alone, or the book's best matches. */
export async function findPassages(question: TutorQuestion, e: Env): Promise<NumberedPassage[]> {
  if (question.selection) {
    const { selection } = question;
    const page = selection.chapter ? getPage(selection.chapter) : null;
    return [
      {
        n: 1,
        chapter: selection.chapter ?? "",
        title: page?.frontmatter.title ?? "Your selection",
        heading: selection.heading ?? "Selected text",
        href: page?.href ?? "/learn",
        text: selection.text,
      },
    ];
  }
  const found = await (await getRetriever()).search(question.text, { k: e.RAG_TOP_K, chapterHint: question.chapter });
  return found.map((passage, index) => ({ n: index + 1, ...passage }));
}

export const sourcesOf = (context: TutorContext): Source[] =>
  context.passages.map(({ n, chapter, title, heading, href }) => ({ n, chapter, title, heading, href }));
