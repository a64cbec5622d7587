"use client";

import { IntentLink } from "@/components/site/intent-link";

// A page whose server work failed (the database out of reach, say) shows this
// rather than a blank error. In development it also shows what failed: a
// chapter's content problems, by file and line, stay readable after the error
// overlay is closed.
export default function PageError({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="font-mono text-sm text-accent">503</p>
      <h1 className="mt-2 text-3xl font-bold">This page is unavailable right now</h1>
      <p className="mt-3 text-muted">The service is temporarily unavailable. Please try again in a moment.</p>
      {process.env.NODE_ENV === "development" && (
        <pre className="mt-6 overflow-x-auto whitespace-pre-wrap rounded border border-border p-4 text-start text-sm">{error.message}</pre>
      )}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="btn-primary">
          Try again
        </button>
        <IntentLink href="/learn" className="btn-ghost">
          Browse the book
        </IntentLink>
      </div>
    </div>
  );
}
