import { IntentLink } from "@/components/site/intent-link";
import type { Page } from "@/lib/content";

const label = (page: Page) => (page.kind === "overview" ? `${page.frontmatter.title} — overview` : page.frontmatter.title);

export function Pager({ previous, next }: { previous: Page | null; next: Page | null }) {
  return (
    <nav aria-label="Previous and next chapter" className="mt-12 grid gap-3 border-t border-border pt-6 sm:grid-cols-2">
      {previous ? (
        <IntentLink href={previous.href} rel="prev" className="pager-link">
          <span className="text-xs text-muted">← Previous</span>
          <span>{label(previous)}</span>
        </IntentLink>
      ) : (
        <span />
      )}
      {next && (
        <IntentLink href={next.href} rel="next" className="pager-link sm:text-right">
          <span className="text-xs text-muted">Next →</span>
          <span>{label(next)}</span>
        </IntentLink>
      )}
    </nav>
  );
}
