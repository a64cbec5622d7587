"use client";

import { IntentLink } from "@/components/site/intent-link";
import { useProgress } from "./progress-store";

/** The header's link to /review with the number of items due; hidden while nothing is due. */
export function ReviewLink() {
  const { due } = useProgress();
  if (due === 0) return null;
  return (
    <IntentLink href="/review" className="whitespace-nowrap text-fg hover:text-accent" data-testid="review-due">
      Review <span className="rounded-full bg-accent px-1.5 font-mono text-xs text-bg">{due}</span>
      <span className="sr-only"> items due</span>
    </IntentLink>
  );
}
