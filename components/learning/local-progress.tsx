"use client";

import { IntentLink } from "@/components/site/intent-link";
import type { OutlineModule } from "@/lib/learning/outline";
import { ProgressReport } from "./progress-report";
import { useProgress } from "./progress-store";

/** /progress for a reader without a session: what this browser kept, and an invitation to keep it for good. */
export function LocalProgress({ outline }: { outline: OutlineModule[] }) {
  const { mode, chapters } = useProgress();
  if (mode === "loading") return <p className="text-muted">Loading your progress…</p>;
  return (
    <div className="space-y-6">
      <p className="card text-sm">
        Your progress and quiz answers are kept in this browser only.{" "}
        <IntentLink href="/sign-up?next=/progress" className="text-accent underline">
          Create a free account
        </IntentLink>{" "}
        to keep them on every device.
      </p>
      <ProgressReport outline={outline} marks={chapters} emptyHint={<EmptyHint outline={outline} />} />
    </div>
  );
}

export function EmptyHint({ outline }: { outline: OutlineModule[] }) {
  const first = outline[0]?.pages[0];
  return (
    <>
      Chapters you read to the end (or mark as read) and quizzes you answer show up here.{" "}
      {first && (
        <IntentLink href={first.href} className="text-accent underline">
          Start with {first.title}
        </IntentLink>
      )}
    </>
  );
}
