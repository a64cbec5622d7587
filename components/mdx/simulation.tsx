import { useId } from "react";
import type { SimulationName } from "@/lib/content/components";
import { SimulationLoader } from "../simulations/loader";

type SimulationProps = { name: SimulationName; title: string; children: React.ReactNode };

/**
 * A live simulation: its title and the author's description of what it shows (read by everyone,
 * and all there is without JavaScript or before it loads), then the interactive part.
 */
export function Simulation({ name, title, children }: SimulationProps) {
  const id = useId();
  return (
    <section className="simulation" aria-labelledby={id}>
      <p id={id} className="simulation-title">
        <span className="font-mono text-accent">Try it</span> {title}
      </p>
      <div className="simulation-description">{children}</div>
      <SimulationLoader name={name} />
    </section>
  );
}
