"use client";

import { lazy, Suspense, useState } from "react";
import { useHydrated } from "@/components/site/use-hydrated";
import { useShortcut } from "@/components/site/use-shortcut";
import type { Lang } from "@/lib/i18n";

// The dialog, MiniSearch and the index download only when search is first opened.
const SearchDialog = lazy(() => import("./search-dialog"));

export function SearchButton({ lang = "en" }: { lang?: Lang }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const hydrated = useHydrated();

  useShortcut("k", () => {
    setLoaded(true);
    setOpen((value) => !value);
  });

  return (
    <>
      <button
        type="button"
        className="btn-ghost h-8 gap-2 px-2 py-0 sm:px-3"
        aria-keyshortcuts="Control+K Meta+K"
        disabled={!hydrated}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        <span aria-hidden="true">⌕</span>
        {/* The name comes from the visible words (WCAG 2.5.3), so a voice user can say what they see; phones show only the icon. */}
        <span className="sr-only text-muted md:not-sr-only">{lang === "en" ? "Search" : "تلاش"}</span>
        <kbd className="hidden rounded border border-border px-1 font-mono text-[0.65rem] text-muted md:inline">Ctrl K</kbd>
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <SearchDialog lang={lang} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
