import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChapterView } from "@/components/book/chapter-view";
import { LanguageSwitch } from "@/components/book/language-switch";
import { StaleTranslationNotice } from "@/components/book/stale-translation-notice";
import { getBook, getTranslatedBook, slugsOnDisk, translatedPage } from "@/lib/content";
import { editUrlFor } from "@/lib/content/edit-url";
import { translatedUrl } from "@/lib/content/translated-links";
import type { HeadingInfo } from "@/lib/content/markdown";
import { languageSwitchText, UI } from "@/lib/i18n";
import "katex/dist/katex.min.css";

// Every translated page is prerendered; any other path under /ur/learn is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  const slugs = process.env.NODE_ENV === "development" ? slugsOnDisk("ur") : getTranslatedBook("ur").pages.map((page) => page.slug);
  return slugs.map((slug) => ({ slug: slug.split("/") }));
}

export async function generateMetadata({ params }: PageProps<"/ur/learn/[...slug]">): Promise<Metadata> {
  const found = translatedPage("ur", (await params).slug.join("/"));
  if (!found) return {};
  const { page, english } = found;
  const { title, description } = page.frontmatter;
  return {
    title,
    description,
    alternates: { canonical: page.href, languages: { en: english.href, ur: page.href } },
    openGraph: { type: "article", locale: "ur_PK", title, description, url: page.href, siteName: UI.ur.siteName },
  };
}

const anchors = (headings: HeadingInfo[]) => headings.map((heading) => heading.id);

export default async function UrduChapterPage({ params }: PageProps<"/ur/learn/[...slug]">) {
  const slug = (await params).slug.join("/");
  const found = translatedPage("ur", slug);
  if (!found) notFound();
  const { page, english, stale } = found;
  const book = getTranslatedBook("ur");
  const englishBook = getBook();
  return (
    <ChapterView
      book={book}
      page={page}
      editUrl={editUrlFor(page.file)}
      notice={stale && <StaleTranslationNotice englishHref={english.href} />}
      actions={
        <div className="chapter-actions">
          <LanguageSwitch href={english.href} to="en" {...languageSwitchText("en")} anchors={anchors(page.headings)} targetAnchors={anchors(english.headings)} />
        </div>
      }
      rewriteLink={(url) => translatedUrl(url, page, englishBook, book, "ur")}
    />
  );
}
