import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChapterBody } from "@/components/book/chapter-body";
import { Objectives } from "@/components/book/objectives";
import { PrintOnArrival } from "@/components/book/print-on-arrival";
import { getBook, type Page } from "@/lib/content";
import { SITE_NAME } from "@/lib/site-url";
import "katex/dist/katex.min.css";

// /print/book, rendered on its first request and kept from then on, not at build: only `npm run pdf` and
// readers printing the book without its PDF ask for it, and rendering every chapter a second time would
// lengthen every build. (An empty list of static params with dynamicParams is how Next spells that.)
export const dynamicParams = true;
export function generateStaticParams(): { part: string }[] {
  return [];
}

export const metadata: Metadata = {
  title: "The whole book, for printing",
  robots: { index: false, follow: true },
};

/** The anchor of a page in the printed book; scripts/pdf.mjs finds chapters by it to number the contents. */
const anchorOf = (page: Page) => `print-${page.slug.replace("/", "--")}`;

export default async function PrintBook({ params }: PageProps<"/print/[part]">) {
  if ((await params).part !== "book") notFound();
  const book = getBook();
  return (
    <div className="print-book">
      <PrintOnArrival />
      <section className="print-cover">
        <p className="font-mono text-sm uppercase tracking-wider text-accent">An open, interactive textbook</p>
        <h1 className="mt-4 text-4xl font-bold tracking-tight">{SITE_NAME}</h1>
        <p className="mt-4 text-lg text-muted">
          ROS 2, simulation with Gazebo and NVIDIA Isaac, humanoid control and vision-language-action models.
        </p>
      </section>
      <nav className="print-toc" aria-labelledby="print-toc-title">
        <h2 id="print-toc-title" className="text-2xl font-bold">
          Contents
        </h2>
        <ol>
          {book.modules.map((part) => (
            <li key={part.slug}>
              <ol>
                {part.pages.map((page) => (
                  <li key={page.slug} data-kind={page.kind}>
                    <a href={`#${anchorOf(page)}`} className="print-toc-entry">
                      <span>{page.frontmatter.title}</span>
                      <span className="print-toc-page" data-page-for={anchorOf(page)} />
                    </a>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </nav>
      {book.pages.map((page) => (
        <article key={page.slug} id={anchorOf(page)} className="print-chapter" data-chapter={page.slug}>
          <header className="mb-8">
            <p className="font-mono text-xs uppercase tracking-wider text-muted">
              {book.modules.find((m) => m.slug === page.module)?.title}
            </p>
            <h1 className="mt-2 text-3xl font-bold tracking-tight">{page.frontmatter.title}</h1>
            <p className="mt-3 text-lg text-muted">{page.frontmatter.description}</p>
            <Objectives page={page} />
          </header>
          <ChapterBody page={page} />
        </article>
      ))}
    </div>
  );
}
