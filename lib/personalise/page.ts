import "server-only";
import { getBook, translatedPage, type Page } from "@/lib/content";
import type { Lang } from "@/lib/content/urls";

/** The page a reader personalises: the English one, or its translation they are reading. */
export function personalisedPage(slug: string, lang: Lang): Page | null {
  if (lang === "en") return getBook().bySlug.get(slug) ?? null;
  return translatedPage(lang, slug)?.page ?? null;
}
