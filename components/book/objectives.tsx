import type { Page } from "@/lib/content/book";

/** A chapter's "You will be able to" box; overviews have none. */
export function Objectives({ page }: { page: Page }) {
  if (page.kind !== "chapter") return null;
  return (
    <div className="objectives">
      <p className="font-mono text-xs uppercase tracking-wider text-accent">You will be able to</p>
      <ul>
        {page.frontmatter.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </div>
  );
}
