import { IntentLink } from "./intent-link";
import { ReviewLink } from "@/components/learning/review-link";
import { SearchButton } from "@/components/search/search-button";
import { bookPathIn } from "@/lib/content/urls";
import { UI, type Lang } from "@/lib/i18n";
import { LANGUAGE_SLOT_ID } from "@/lib/language-slot";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export function SiteHeader({ lang = "en" }: { lang?: Lang }) {
  const text = UI[lang];
  return (
    <header className="site-header sticky top-0 z-40 border-b border-border bg-bg/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
        <IntentLink href={lang === "en" ? "/" : `/${lang}`} className="whitespace-nowrap font-mono text-sm font-semibold text-accent" dir="ltr">
          <span aria-hidden="true">&gt;_ </span>
          <span className="site-logo-words">
            Physical AI<span className="hidden sm:inline"> &amp; Humanoid Robotics</span>
          </span>
        </IntentLink>
        <nav aria-label={lang === "en" ? "Main" : "مرکزی"} className="flex items-center gap-2 text-sm sm:gap-3">
          <IntentLink href={bookPathIn(lang)} className="whitespace-nowrap text-fg hover:text-accent">
            <span className="sm:hidden">{text.book}</span>
            <span className="hidden sm:inline">{text.readTheBook}</span>
          </IntentLink>
          <ReviewLink />
          {/* A chapter's language switch (components/book/language-switch.tsx) moves here. */}
          <span id={LANGUAGE_SLOT_ID} className="contents" />
          <SearchButton lang={lang} />
          <ThemeToggle />
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}
