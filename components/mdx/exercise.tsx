import { UI, type Lang } from "@/lib/i18n";

export function Exercise({ title, lang = "en", children }: { title: string; lang?: Lang; children: React.ReactNode }) {
  const { exercise } = UI[lang];
  return (
    <section className="exercise" aria-label={`${exercise}: ${title}`}>
      <p className="exercise-title">
        <span className="font-mono text-accent">{exercise}</span> {title}
      </p>
      {children}
    </section>
  );
}

/** Collapsed until the reader asks for it; <details> needs no JavaScript. */
export function Solution({ lang = "en", children }: { lang?: Lang; children: React.ReactNode }) {
  return (
    <details className="solution">
      <summary>{UI[lang].showSolution}</summary>
      <div className="solution-body">{children}</div>
    </details>
  );
}
