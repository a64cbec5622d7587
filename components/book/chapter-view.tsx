import { BackgroundBlocks } from "@/components/book/background-blocks";
import { Breadcrumbs } from "@/components/book/breadcrumbs";
import { ChapterBody } from "@/components/book/chapter-body";
import { ContentRefresher } from "@/components/book/content-refresher";
import { ModuleChapters } from "@/components/book/module-chapters";
import { Objectives } from "@/components/book/objectives";
import { PageMeta } from "@/components/book/page-meta";
import { Personalise, PersonaliseButton, PersonalisedBody, PersonalisePanel, type PathView } from "@/components/book/personalise";
import { renderPersonalised } from "@/components/book/render-personalised";
import { Pager } from "@/components/book/pager";
import { Sidebar } from "@/components/book/sidebar";
import { InlineTableOfContents, TableOfContents } from "@/components/book/toc";
import { SelectionAsk } from "@/components/chat/selection-ask";
import { ChapterStatus } from "@/components/learning/chapter-status";
import { ChapterTracker } from "@/components/learning/chapter-tracker";
import { getBook, neighbours, type Book, type Page } from "@/lib/content";
import { mapSection } from "@/lib/content/map-section";
import { quizzesOf, sectionAnchors } from "@/lib/content/quizzes";
import { UI } from "@/lib/i18n";

/**
 * A page of the book in its language: the sidebar, the chapter and its
 * contents. The English and translated routes differ only in what they put in
 * `actions` (the page's tools, the language switch) and `notice`.
 */
export function ChapterView({
  book,
  page,
  editUrl,
  actions,
  notice,
  rewriteLink,
}: {
  book: Book;
  page: Page;
  editUrl: string | null;
  actions: React.ReactNode;
  notice?: React.ReactNode;
  rewriteLink?: (url: string) => string;
}) {
  const { lang, slug } = page;
  const bookModule = book.modules.find((m) => m.slug === page.module)!;
  const { previous, next } = neighbours(book, page);
  // Progress and quiz answers are kept for the English book, whose sections and quizzes they name.
  const tracked = lang === "en";
  const sections = sectionAnchors(page);
  return (
    <div className="book-layout">
      <article className="book-article" data-chapter={slug}>
        {/* Keyed by page: a personalised chapter does not follow the reader to the next one. */}
        <Personalise key={page.href} slug={slug} lang={lang} text={UI[lang].personalise} paths={readingPaths(page)} render={renderPersonalised}>
          <div className="mb-4 lg:hidden">
            <button type="button" popoverTarget="book-nav" className="btn-ghost px-3 py-1.5 text-sm">
              ☰ {UI[lang].chapters}
            </button>
          </div>
          <Breadcrumbs module={bookModule} page={page} lang={lang} />
          <header className="mb-8">
            <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{page.frontmatter.title}</h1>
            <p className="mt-3 text-lg text-muted">{page.frontmatter.description}</p>
            <PageMeta page={page} editUrl={editUrl} lang={lang} />
            {notice}
            {page.kind === "chapter" && (
              <div className="personalise-bar" data-print="hide">
                <PersonaliseButton />
              </div>
            )}
            {actions}
            {page.kind === "chapter" && <PersonalisePanel />}
            {tracked && <ChapterStatus chapter={slug} sections={sections} quizzes={quizzesOf(page).length} />}
            <Objectives page={page} />
          </header>
          <InlineTableOfContents page={page} lang={lang} />
          <PersonalisedBody>
            <ChapterBody page={page} rewriteLink={rewriteLink} saveAnswers={tracked} />
          </PersonalisedBody>
          {tracked && <ChapterTracker chapter={slug} sections={sections} />}
          {page.kind === "overview" && <ModuleChapters module={bookModule} lang={lang} />}
          <Pager previous={previous} next={next} lang={lang} />
        </Personalise>
      </article>
      {/*
        After the chapter in the page, though the grid shows it first (globals.css): the browser paints a long page as
        it parses it, and the chapter's heading and first paragraph then come in its first frames rather than after the
        whole chapter list. Readers of the chapter meet its text first too; the list is a landmark of its own.
        Keyed by page so the mobile drawer starts closed after navigating.
      */}
      <Sidebar key={slug} book={book} current={slug} lang={lang} />
      <aside className="book-aside">
        <TableOfContents page={page} lang={lang} />
      </aside>
      <BackgroundBlocks />
      <SelectionAsk chapter={slug} />
      {process.env.NODE_ENV === "development" && <ContentRefresher />}
    </div>
  );
}

/**
 * The page's reading paths with their sections as this page's anchors and titles. A translation names the
 * English anchors (content:check keeps them the English page's), found here by position.
 */
function readingPaths(page: Page): PathView[] {
  const anchors = page.headings.map((heading) => heading.id);
  const english = page.lang === "en" ? anchors : (getBook().bySlug.get(page.slug)?.headings.map((heading) => heading.id) ?? anchors);
  return page.frontmatter.personalise.map(({ when, path, sections }) => ({
    when,
    path,
    sections: sections
      .map((anchor) => page.headings.find((heading) => heading.id === (page.lang === "en" ? anchor : mapSection(english, anchors, anchor))))
      .filter((heading) => heading !== undefined)
      .map((heading) => ({ id: heading.id, title: heading.text })),
  }));
}
