"use client";

import { useEffect, useRef, useState, type ComponentType } from "react";
import type { SimulationName } from "@/lib/content/components";

// Each simulation is its own chunk, fetched when its figure comes near the screen: a chapter's
// first visit carries none of them.
const LOADERS: Record<SimulationName, () => Promise<{ default: ComponentType }>> = {
  "two-link-arm": () => import("./two-link-arm"),
  "pid-step": () => import("./pid-step"),
  "lipm-push": () => import("./lipm-push"),
  "force-closure": () => import("./force-closure"),
  "mujoco-balance": () => import("./mujoco-balance"),
};

export function SimulationLoader({ name }: { name: SimulationName }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [Loaded, setLoaded] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = placeholder.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        LOADERS[name]()
          .then((module) => setLoaded(() => module.default))
          .catch(() => setFailed(true));
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [name]);

  if (Loaded) return <Loaded />;
  return (
    <div ref={placeholder} className="sim-placeholder">
      {failed ? "The simulation could not be loaded; reload the page to try again." : "The live simulation loads here."}
      <noscript> It needs JavaScript; the description above says what it shows.</noscript>
    </div>
  );
}
