/** A titled card section of a settings-like page (/account, /admin), named for assistive technology by its heading. */
export function SectionCard({ title, children }: { title: string; children: React.ReactNode }) {
  // An id without spaces: aria-labelledby reads a space as a list of ids.
  const id = `h-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className="card space-y-4" aria-labelledby={id}>
      <h2 id={id} className="font-mono text-lg font-semibold text-accent">
        {title}
      </h2>
      {children}
    </section>
  );
}
