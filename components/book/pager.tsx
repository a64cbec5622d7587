import { IntentLink } from "@/components/site/intent-link";
import type { Page } from "@/lib/content";
import { UI, type Lang } from "@/lib/i18n";

export function Pager({ previous, next, lang = "en" }: { previous: Page | null; next: Page | null; lang?: Lang }) {
  const text = UI[lang];
  const label = (page: Page) => (page.kind === "overview" ? text.overviewOf(page.frontmatter.title) : page.frontmatter.title);
  return (
    <nav aria-label={text.previousAndNext} className="mt-12 grid gap-3 border-t border-border pt-6 sm:grid-cols-2">
      {previous ? (
        <IntentLink href={previous.href} rel="prev" className="pager-link">
          <span className="text-xs text-muted">{text.previous}</span>
          <span>{label(previous)}</span>
        </IntentLink>
      ) : (
        <span />
      )}
      {next && (
        <IntentLink href={next.href} rel="next" className="pager-link sm:text-end">
          <span className="text-xs text-muted">{text.next}</span>
          <span>{label(next)}</span>
        </IntentLink>
      )}
    </nav>
  );
}
