import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="font-mono text-sm text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold">This page could not be found</h1>
      <p className="mt-3 text-muted">The chapter may have moved. The book&apos;s contents and search will find it.</p>
      <div className="mt-6 flex justify-center gap-3">
        <IntentLink href="/learn" className="btn-primary">
          Browse the book
        </IntentLink>
        <IntentLink href="/" className="btn-ghost">
          Home
        </IntentLink>
      </div>
    </div>
  );
}
