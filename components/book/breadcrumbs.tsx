import { IntentLink } from "@/components/site/intent-link";
import type { Module, Page } from "@/lib/content";

export function Breadcrumbs({ module, page }: { module: Module; page: Page }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-xs text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <IntentLink href="/learn" className="hover:text-accent">
            Book
          </IntentLink>
        </li>
        <li aria-hidden="true">/</li>
        <li>
          {page.kind === "overview" ? (
            <span aria-current="page">{module.title}</span>
          ) : (
            <IntentLink href={module.href} className="hover:text-accent">
              {module.title}
            </IntentLink>
          )}
        </li>
        {page.kind === "chapter" && (
          <>
            <li aria-hidden="true">/</li>
            <li aria-current="page" className="text-fg">
              {page.frontmatter.title}
            </li>
          </>
        )}
      </ol>
    </nav>
  );
}
