"use client";

import { IntentLink } from "@/components/site/intent-link";
import type { OutlinePage } from "@/lib/learning/outline";
import { useProgress } from "./progress-store";

/** The home page's "Continue where you left off": the chapter visited last, at the furthest section reached. */
export function ContinueReading({ pages }: { pages: OutlinePage[] }) {
  const { chapters } = useProgress();
  let latest: { page: OutlinePage; at: string; section: string | null } | null = null;
  for (const page of pages) {
    const mark = chapters[page.slug];
    if (mark?.lastVisitAt && (!latest || mark.lastVisitAt > latest.at)) latest = { page, at: mark.lastVisitAt, section: mark.furthestSection };
  }
  if (!latest) return null;
  return (
    <section aria-labelledby="continue-heading" className="mt-8 rounded-lg border border-border bg-panel p-4">
      <h2 id="continue-heading" className="text-lg font-semibold">
        Continue where you left off
      </h2>
      <p className="mt-2">
        <IntentLink href={latest.section ? `${latest.page.href}#${latest.section}` : latest.page.href} className="text-accent underline">
          {latest.page.title}
        </IntentLink>
        <span className="text-muted"> · </span>
        <IntentLink href="/progress" className="text-muted underline">
          All your progress
        </IntentLink>
      </p>
    </section>
  );
}
