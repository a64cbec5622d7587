import { IntentLink } from "@/components/site/intent-link";
import type { Module, Page } from "@/lib/content";
import { bookPathIn } from "@/lib/content/urls";
import { UI, type Lang } from "@/lib/i18n";

export function Breadcrumbs({ module, page, lang = "en" }: { module: Module; page: Page; lang?: Lang }) {
  const text = UI[lang];
  return (
    <nav aria-label={text.breadcrumb} className="mb-4 text-xs text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <IntentLink href={bookPathIn(lang)} className="hover:text-accent">
            {text.book}
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
