"use server";

/**
 * The server function the chapter calls for the reader's personalised text, so the page stays prerendered and
 * only this part is rendered per reader. What it renders with (the database, the session, the MDX pipeline) is
 * imported when it is first called: `next dev` then compiles it on first use, not with every chapter.
 */
export async function renderPersonalised(slug: string, lang: string): Promise<React.ReactNode> {
  const { personalisedChapter } = await import("./personalised-chapter");
  return personalisedChapter(slug, lang);
}
