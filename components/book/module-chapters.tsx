import { IntentLink } from "@/components/site/intent-link";
import type { Module } from "@/lib/content";
import { UI, type Lang } from "@/lib/i18n";

export function ModuleChapters({ module, lang = "en" }: { module: Module; lang?: Lang }) {
  return (
    <section aria-labelledby="module-chapters" className="mt-10">
      <h2 id="module-chapters" className="font-mono text-sm uppercase tracking-wider text-accent">
        {UI[lang].chaptersInModule}
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
