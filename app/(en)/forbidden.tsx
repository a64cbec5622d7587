import { IntentLink } from "@/components/site/intent-link";

export default function Forbidden() {
  return (
    <div className="mx-auto w-full max-w-xl space-y-4 px-4 py-16 text-center">
      <h1 className="font-mono text-2xl font-semibold">Not for your account</h1>
      <p className="text-muted">This page is for the course&apos;s administrators.</p>
      <IntentLink href="/" className="btn-primary">
        Back to the book
      </IntentLink>
    </div>
  );
}
