import "server-only";
import { z } from "zod";
import { getDb } from "@/db";
import { getBackground } from "@/db/queries/background";
import { getPersonalisation } from "@/db/queries/personalise";
import { ChapterBody } from "@/components/book/chapter-body";
import { getLiveSession } from "@/lib/auth";
import { profileKey, profileOf } from "@/lib/background/profile";
import { getBook, getTranslatedBook } from "@/lib/content";
import { translatedUrl } from "@/lib/content/translated-links";
import { LANGS, PAGE_SLUG } from "@/lib/content/urls";
import { personalisedPage } from "@/lib/personalise/page";

const input = z.strictObject({ slug: z.string().regex(PAGE_SLUG), lang: z.enum(LANGS) });

/**
 * The signed-in reader's personalised chapter, rendered here as the book's pages are (quizzes, figures and
 * Python cells work), from the rewrite /api/personalise cached for their profile; null when there is none.
 */
export async function personalisedChapter(slug: string, lang: string): Promise<React.ReactNode> {
  const parsed = input.safeParse({ slug, lang });
  if (!parsed.success) return null;
  const session = await getLiveSession();
  if (!session) return null;
  const page = personalisedPage(parsed.data.slug, parsed.data.lang);
  if (!page) return null;
  const db = await getDb();
  const background = await getBackground(db, session.user.id);
  if (!background) return null;
  const cached = await getPersonalisation(db, { chapter: page.slug, lang: page.lang, digest: page.digest, profile: profileKey(profileOf(background)) });
  if (!cached) return null;
  const personalised = { ...page, body: cached.body };
  if (page.lang === "en") return <ChapterBody page={personalised} saveAnswers />;
  const english = getBook();
  const translated = getTranslatedBook(page.lang);
  return <ChapterBody page={personalised} rewriteLink={(url) => translatedUrl(url, page, english, translated, page.lang as "ur")} />;
}
