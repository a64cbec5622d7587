import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { EmptyHint, LocalProgress } from "@/components/learning/local-progress";
import { ProgressReport } from "@/components/learning/progress-report";
import { getDb } from "@/db";
import { getLiveSession } from "@/lib/auth";
import { getBook } from "@/lib/content";
import { bookOutline } from "@/lib/learning/outline";
import { progressSummary } from "@/lib/learning/progress";

export const metadata: Metadata = { title: "Your progress" };

export default async function ProgressPage() {
  const book = getBook();
  const outline = bookOutline(book);
  const session = await getLiveSession();
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-10">
      <h1 className="font-mono text-2xl font-semibold">Your progress</h1>
      {session?.user.isAnonymous && (
        <p className="card text-sm">
          You are reading as a guest.{" "}
          <IntentLink href="/sign-up?next=/progress" className="text-accent underline">
            Create a free account
          </IntentLink>{" "}
          to keep your progress and answers.
        </p>
      )}
      {session ? (
        <ProgressReport
          outline={outline}
          marks={(await progressSummary(await getDb(), book, session.user.id)).chapters}
          emptyHint={<EmptyHint outline={outline} />}
        />
      ) : (
        <LocalProgress outline={outline} />
      )}
    </div>
  );
}
