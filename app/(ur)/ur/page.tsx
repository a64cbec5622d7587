import type { Metadata } from "next";
import { ModuleCards } from "@/components/book/module-cards";
import { IntentLink } from "@/components/site/intent-link";
import { getTranslatedBook } from "@/lib/content";

export const metadata: Metadata = { alternates: { canonical: "/ur", languages: { en: "/", ur: "/ur" } } };

export default function UrduHomePage() {
  const book = getTranslatedBook("ur");
  const first = book.pages[0];
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
      <section className="max-w-3xl space-y-5">
        <h1 className="text-4xl font-bold leading-[1.8] tracking-tight sm:text-5xl sm:leading-[1.8]">Physical AI اور Humanoid Robotics</h1>
        <p className="text-lg text-muted">
          ایسے روبوٹ بنانے کے لیے ایک انٹرایکٹو درسی کتاب جو طبعی دنیا کو محسوس کریں، سوچیں اور عمل کریں — آپ کے پہلے ROS 2 node
          سے لے کر ایک humanoid تک جو بولا گیا حکم سنے، منصوبہ بنائے، کسی چیز تک چل کر جائے اور اسے اٹھا لے۔
        </p>
        <p className="text-muted">ابواب پڑھیں، اور ان میں کسی بھی چیز کے بارے میں کتاب کے AI ٹیوٹر سے پوچھیں۔</p>
        <div className="flex flex-wrap gap-3 pt-2">
          {first && (
            <IntentLink href={first.href} className="btn-primary">
              پڑھنا شروع کریں
            </IntentLink>
          )}
          <IntentLink href="/" hrefLang="en" lang="en" className="btn-ghost">
            Read in English
          </IntentLink>
        </div>
      </section>
      <section aria-labelledby="modules" className="mt-16">
        <h2 id="modules" className="text-sm font-semibold text-accent">
          کورس ایک نظر میں
        </h2>
        <ModuleCards modules={book.modules} />
      </section>
    </div>
  );
}
