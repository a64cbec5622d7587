import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChapterView } from "@/components/book/chapter-view";
import { LanguageSwitch } from "@/components/book/language-switch";
import { PageActions } from "@/components/book/page-actions";
import { getBook, getPage, getTranslatedBook, pageOf, pageSlugs, slugsOnDisk } from "@/lib/content";
import { editUrlFor } from "@/lib/content/edit-url";
import { languageSwitchText } from "@/lib/i18n";
import { markdownHref } from "@/lib/content/markdown-export";
import { BOOK_PDF, BOOK_PRINT_PATH, OG_IMAGE_SIZE, pageHref, pageOgImageHref, pagePdfHref } from "@/lib/content/urls";
import { SITE_NAME, siteUrl } from "@/lib/site-url";
import "katex/dist/katex.min.css";

// Every chapter is prerendered; any other path under /learn is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  const slugs = process.env.NODE_ENV === "development" ? slugsOnDisk() : pageSlugs(getBook());
  return slugs.map((slug) => ({ slug: slug.split("/") }));
}

export async function generateMetadata({ params }: PageProps<"/learn/[...slug]">): Promise<Metadata> {
  const page = getPage((await params).slug.join("/"));
  if (!page) return {};
  const { title, description } = page.frontmatter;
  const images = [{ url: pageOgImageHref(page.slug), ...OG_IMAGE_SIZE, alt: `${title} — ${SITE_NAME}` }];
  const urdu = getTranslatedBook("ur").bySlug.get(page.slug);
  return {
    title,
    description,
    alternates: { canonical: page.href, ...(urdu && { languages: { en: page.href, ur: urdu.href } }) },
    openGraph: { type: "article", title, description, url: page.href, siteName: SITE_NAME, images, ...(page.updated && { modifiedTime: page.updated }) },
    twitter: { card: "summary_large_image", title, description, images },
  };
}

export default async function ChapterPage({ params }: PageProps<"/learn/[...slug]">) {
  const slug = (await params).slug.join("/");
  // Once per render: in development every getBook() call rescans content/.
  const book = getBook();
  const page = pageOf(book, slug);
  if (!page) notFound();
  const urdu = getTranslatedBook("ur").bySlug.get(slug);
  const anchors = (headings: typeof page.headings) => headings.map((heading) => heading.id);

  return (
    <ChapterView
      book={book}
      page={page}
      editUrl={editUrlFor(page.file)}
      actions={
        <div className="chapter-actions">
          <PageActions
            markdownPath={markdownHref(page)}
            pdfPath={pagePdfHref(page.slug)}
            bookPdfPath={BOOK_PDF}
            bookPrintPath={BOOK_PRINT_PATH}
            origin={siteUrl()}
          />
          {urdu && <LanguageSwitch href={pageHref(slug, "ur")} to="ur" {...languageSwitchText("ur")} anchors={anchors(page.headings)} targetAnchors={anchors(urdu.headings)} />}
        </div>
      }
    />
  );
}
