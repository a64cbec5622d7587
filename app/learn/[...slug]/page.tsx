import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackgroundBlocks } from "@/components/book/background-blocks";
import { SelectionAsk } from "@/components/chat/selection-ask";
import { Breadcrumbs } from "@/components/book/breadcrumbs";
import { ChapterBody } from "@/components/book/chapter-body";
import { ContentRefresher } from "@/components/book/content-refresher";
import { ModuleChapters } from "@/components/book/module-chapters";
import { Objectives } from "@/components/book/objectives";
import { PageActions } from "@/components/book/page-actions";
import { PageMeta } from "@/components/book/page-meta";
import { Pager } from "@/components/book/pager";
import { Sidebar } from "@/components/book/sidebar";
import { ChapterStatus } from "@/components/learning/chapter-status";
import { ChapterTracker } from "@/components/learning/chapter-tracker";
import { InlineTableOfContents, TableOfContents } from "@/components/book/toc";
import { getBook, getPage, neighbours, pageOf, pageSlugs } from "@/lib/content";
import { editUrlFor } from "@/lib/content/edit-url";
import { markdownHref } from "@/lib/content/markdown-export";
import { quizzesOf, sectionAnchors } from "@/lib/content/quizzes";
import { BOOK_PDF, BOOK_PRINT_PATH, OG_IMAGE_SIZE, pageOgImageHref, pagePdfHref } from "@/lib/content/urls";
import { SITE_NAME, siteUrl } from "@/lib/site-url";
import "katex/dist/katex.min.css";

// Every chapter is prerendered; any other path under /learn is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return pageSlugs(getBook()).map((slug) => ({ slug: slug.split("/") }));
}

export async function generateMetadata({ params }: PageProps<"/learn/[...slug]">): Promise<Metadata> {
  const page = getPage((await params).slug.join("/"));
  if (!page) return {};
  const { title, description } = page.frontmatter;
  const images = [{ url: pageOgImageHref(page.slug), ...OG_IMAGE_SIZE, alt: `${title} — ${SITE_NAME}` }];
  return {
    title,
    description,
    alternates: { canonical: page.href },
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
  const bookModule = book.modules.find((m) => m.slug === page.module)!;
  const { previous, next } = neighbours(book, page);
  const sections = sectionAnchors(page);

  return (
    <div className="book-layout">
      {/* Keyed by page so the mobile drawer starts closed after navigating. */}
      <Sidebar key={slug} book={book} current={slug} />
      <article className="book-article" data-chapter={slug}>
        <div className="mb-4 lg:hidden">
          <button type="button" popoverTarget="book-nav" className="btn-ghost px-3 py-1.5 text-sm">
            ☰ Chapters
          </button>
        </div>
        <Breadcrumbs module={bookModule} page={page} />
        <header className="mb-8">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{page.frontmatter.title}</h1>
          <p className="mt-3 text-lg text-muted">{page.frontmatter.description}</p>
          <PageMeta page={page} editUrl={editUrlFor(page.file)} />
          <PageActions
            markdownPath={markdownHref(page)}
            pdfPath={pagePdfHref(page.slug)}
            bookPdfPath={BOOK_PDF}
            bookPrintPath={BOOK_PRINT_PATH}
            origin={siteUrl()}
          />
          <ChapterStatus chapter={slug} sections={sections} quizzes={quizzesOf(page).length} />
          <Objectives page={page} />
        </header>
        <InlineTableOfContents page={page} />
        <ChapterBody page={page} saveAnswers />
        <ChapterTracker chapter={slug} sections={sections} />
        {page.kind === "overview" && <ModuleChapters module={bookModule} />}
        <Pager previous={previous} next={next} />
      </article>
      <aside className="book-aside">
        <TableOfContents page={page} />
      </aside>
      <BackgroundBlocks />
      <SelectionAsk chapter={slug} />
      {process.env.NODE_ENV === "development" && <ContentRefresher />}
    </div>
  );
}
