import type { Page } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { UI, type Lang } from "@/lib/i18n";

const WORDS_PER_MINUTE = 220;

export function PageMeta({ page, editUrl, lang = "en" }: { page: Page; editUrl: string | null; lang?: Lang }) {
  const text = UI[lang];
  const readMinutes = Math.max(1, Math.round(page.words / WORDS_PER_MINUTE));
  return (
    <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 font-mono text-xs text-muted">
      <span>{text.minRead(readMinutes)}</span>
      <span>{text.withExercises(page.frontmatter.estimatedMinutes)}</span>
      {page.updated && (
        <span>
          {text.updated} <time dateTime={page.updated}>{formatDate(new Date(`${page.updated}T00:00:00Z`), { timeZone: "UTC" })}</time>
        </span>
      )}
      {editUrl && (
        <a href={editUrl} className="link" rel="noopener" target="_blank">
          {text.editThisPage}
        </a>
      )}
    </p>
  );
}
