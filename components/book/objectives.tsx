import type { Page } from "@/lib/content/book";
import { UI } from "@/lib/i18n";

/** A chapter's "You will be able to" box; overviews have none. */
export function Objectives({ page }: { page: Page }) {
  // A page knows its language: the printable book renders the same box.
  if (page.kind !== "chapter") return null;
  return (
    <div className="objectives">
      <p className="font-mono text-xs uppercase tracking-wider text-accent">{UI[page.lang].youWillBeAbleTo}</p>
      <ul>
        {page.frontmatter.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </div>
  );
}
