import type { HeadingInfo } from "@/lib/content/markdown";
import type { Page } from "@/lib/content";
import { UI, type Lang } from "@/lib/i18n";
import { TocSpy } from "./toc-spy";

const tocHeadings = (page: Page) => page.headings.filter((heading) => heading.depth === 2 || heading.depth === 3);

function TocList({ headings }: { headings: HeadingInfo[] }) {
  return (
    <ol className="space-y-1 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? "ps-3" : undefined}>
          <a href={`#${heading.id}`} className="toc-link" data-toc-id={heading.id}>
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/** The sticky column beside the chapter on wide screens. */
export function TableOfContents({ page, lang = "en" }: { page: Page; lang?: Lang }) {
  const { onThisPage } = UI[lang];
  const headings = tocHeadings(page);
  if (headings.length === 0) return null;
  return (
    <nav aria-label={onThisPage} className="book-toc">
      <p className="mb-2 font-mono text-xs uppercase tracking-wider text-muted">{onThisPage}</p>
      <TocList headings={headings} />
      <TocSpy />
    </nav>
  );
}

/** The same list at the top of the chapter, folded, where the screen has no room for the column. */
export function InlineTableOfContents({ page, lang = "en" }: { page: Page; lang?: Lang }) {
  const { onThisPage } = UI[lang];
  const headings = tocHeadings(page);
  if (headings.length === 0) return null;
  return (
    <details className="toc-inline">
      <summary>{onThisPage}</summary>
      <nav aria-label={onThisPage} className="mt-2 max-h-[50dvh] overflow-y-auto">
        <TocList headings={headings} />
      </nav>
    </details>
  );
}
