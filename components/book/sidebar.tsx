import { IntentLink } from "@/components/site/intent-link";
import { ModuleBar, ReadCheck } from "@/components/learning/sidebar-marks";
import type { Book } from "@/lib/content";
import { UI, type Lang } from "@/lib/i18n";

/**
 * The book's table of contents. On wide screens it sits beside the chapter; on
 * phones the same element is a native popover drawer, so it needs no JavaScript.
 */
export function Sidebar({ book, current, lang = "en" }: { book: Book; current: string; lang?: Lang }) {
  const text = UI[lang];
  return (
    <nav id="book-nav" popover="auto" aria-label={text.bookChapters} className="book-nav">
      <div className="mb-3 flex items-center justify-between lg:hidden">
        <span className="font-mono text-sm text-accent">{text.chapters}</span>
        <button type="button" popoverTarget="book-nav" popoverTargetAction="hide" className="btn-ghost px-2 py-1 text-xs">
          {text.close}
        </button>
      </div>
      <ol className="space-y-1">
        {book.modules.map((module) => {
          const open = current === module.slug || current.startsWith(`${module.slug}/`);
          return (
            <li key={module.slug}>
              <details open={open} className="group">
                <summary className="nav-module">
                  {module.title}
                  <ModuleBar chapters={module.pages.map((page) => page.slug)} />
                </summary>
                <ol className="mb-2 ms-2 border-s border-border">
                  {module.pages.map((page) => (
                    <li key={page.slug}>
                      <IntentLink
                        href={page.href}
                        aria-current={page.slug === current ? "page" : undefined}
                        className="nav-link"
                      >
                        {page.kind === "overview" ? text.overview : page.frontmatter.title}
                        <ReadCheck chapter={page.slug} />
                      </IntentLink>
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
