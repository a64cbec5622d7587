import { IntentLink } from "@/components/site/intent-link";
import type { Book } from "@/lib/content";
import { UI, type Lang } from "@/lib/i18n";

/** The book's contents page (/learn, /ur/learn): every module and its chapters. */
export function BookContents({ book, lang }: { book: Book; lang: Lang }) {
  const text = UI[lang];
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">{text.theBook}</h1>
      <p className="mt-3 text-muted">{text.bookSummary(book.modules.length, book.pages.filter((page) => page.kind === "chapter").length)}</p>
      <ol className="mt-10 space-y-10">
        {book.modules.map((module) => (
          <li key={module.slug}>
            <h2 className="text-xl font-semibold">
              <IntentLink href={module.href} className="hover:text-accent">
                {module.title}
              </IntentLink>
            </h2>
            <p className="mt-1 text-sm text-muted">{module.description}</p>
            <ol className="mt-4 grid gap-3 sm:grid-cols-2">
              {module.chapters.map((chapter) => (
                <li key={chapter.slug} className="card p-4">
                  <IntentLink href={chapter.href} className="font-medium hover:text-accent">
                    {chapter.frontmatter.title}
                  </IntentLink>
                  <p className="mt-1 text-xs text-muted">
                    {text.minutes(chapter.frontmatter.estimatedMinutes)} · {chapter.frontmatter.tags.slice(0, 3).join(" · ")}
                  </p>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
