import type { Page } from "@/lib/content";
import { TocSpy } from "./toc-spy";

export function TableOfContents({ page }: { page: Page }) {
  const headings = page.headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  if (headings.length === 0) return null;
  return (
    <nav aria-label="On this page" className="book-toc">
      <p className="mb-2 font-mono text-xs uppercase tracking-wider text-muted">On this page</p>
      <ol className="space-y-1 text-sm">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "pl-3" : undefined}>
            <a href={`#${heading.id}`} className="toc-link" data-toc-id={heading.id}>
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
      <TocSpy />
    </nav>
  );
}
