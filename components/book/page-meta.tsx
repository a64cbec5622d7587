import type { Page } from "@/lib/content";
import { formatDate } from "@/lib/format";

const WORDS_PER_MINUTE = 220;

export function PageMeta({ page, editUrl }: { page: Page; editUrl: string | null }) {
  const readMinutes = Math.max(1, Math.round(page.words / WORDS_PER_MINUTE));
  return (
    <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 font-mono text-xs text-muted">
      <span>{readMinutes} min read</span>
      <span>~{page.frontmatter.estimatedMinutes} min with exercises</span>
      {page.updated && (
        <span>
          Updated <time dateTime={page.updated}>{formatDate(new Date(`${page.updated}T00:00:00Z`), { timeZone: "UTC" })}</time>
        </span>
      )}
      {editUrl && (
        <a href={editUrl} className="link" rel="noopener" target="_blank">
          Edit this page
        </a>
      )}
    </p>
  );
}
