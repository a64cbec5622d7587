export function Exercise({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="exercise" aria-label={`Exercise: ${title}`}>
      <p className="exercise-title">
        <span className="font-mono text-accent">Exercise</span> {title}
      </p>
      {children}
    </section>
  );
}

/** Collapsed until the reader asks for it; <details> needs no JavaScript. */
export function Solution({ children }: { children: React.ReactNode }) {
  return (
    <details className="solution">
      <summary>Show solution</summary>
      <div className="solution-body">{children}</div>
    </details>
  );
}
