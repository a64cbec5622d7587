import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";

export const metadata: Metadata = { title: "صفحہ نہیں ملا" };

export default function UrduNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="font-mono text-sm text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold leading-[1.8]">یہ صفحہ نہیں ملا</h1>
      <div className="mt-6 flex justify-center gap-3">
        <IntentLink href="/ur/learn" className="btn-primary">
          کتاب دیکھیں
        </IntentLink>
      </div>
    </div>
  );
}
