import { IntentLink } from "@/components/site/intent-link";
import type { Module } from "@/lib/content";

/** The book's modules as cards, each linking to its overview, with an optional line under its description. */
export function ModuleCards({ modules, footer }: { modules: Module[]; footer?: (module: Module) => React.ReactNode }) {
  return (
    <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {modules.map((module) => (
        <li key={module.slug} className="card flex flex-col">
          <h3 className="font-semibold">
            <IntentLink href={module.href} className="hover:text-accent">
              {module.title}
            </IntentLink>
          </h3>
          <p className="mt-2 flex-1 text-sm text-muted">{module.description}</p>
          {footer?.(module)}
        </li>
      ))}
    </ol>
  );
}
