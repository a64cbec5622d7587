import { IntentLink } from "@/components/site/intent-link";
import type { Module } from "@/lib/content";

export function ModuleChapters({ module }: { module: Module }) {
  return (
    <section aria-labelledby="module-chapters" className="mt-10">
      <h2 id="module-chapters" className="font-mono text-sm uppercase tracking-wider text-accent">
        Chapters in this module
      </h2>
      <ol className="mt-4 space-y-3">
        {module.chapters.map((chapter, index) => (
          <li key={chapter.slug} className="card">
            <IntentLink href={chapter.href} className="font-semibold hover:text-accent">
              {index + 1}. {chapter.frontmatter.title}
            </IntentLink>
            <p className="mt-1 text-sm text-muted">{chapter.frontmatter.description}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
