"use client";

import { useProgress } from "./progress-store";

/** A check after a chapter's name in the sidebar once it is read. */
export function ReadCheck({ chapter }: { chapter: string }) {
  const { chapters } = useProgress();
  if (!chapters[chapter]?.read) return null;
  return (
    <span className="ml-1 text-accent" title="Read">
      <span aria-hidden="true">✓</span>
      <span className="sr-only"> (read)</span>
    </span>
  );
}

/** How many of a module's pages are read, as a thin bar under its name. */
export function ModuleBar({ chapters: slugs }: { chapters: string[] }) {
  const { mode, chapters } = useProgress();
  if (mode === "loading") return null;
  const read = slugs.filter((slug) => chapters[slug]?.read).length;
  if (read === 0) return null;
  return (
    <progress className="module-bar" max={slugs.length} value={read} aria-label={`${read} of ${slugs.length} pages read`}>
      {read} of {slugs.length}
    </progress>
  );
}
