"use client";

import type MiniSearch from "minisearch";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { UI, type Lang } from "@/lib/i18n";
import { createSearch, searchDocs, searchSections, type SearchDoc, type SearchHit, type SearchIndex } from "@/lib/search/search-docs";

const indexes = new Map<Lang, Promise<MiniSearch<SearchDoc>>>();

/** Each language's book has its own index: /search-index.json.gz, /ur/search-index.json.gz. */
const indexUrl = (lang: Lang) => (lang === "en" ? "/search-index.json.gz" : `/${lang}/search-index.json.gz`);

async function fetchIndex(lang: Lang): Promise<SearchIndex> {
  const response = await fetch(indexUrl(lang));
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  return (await new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).json()) as SearchIndex;
}

function loadIndex(lang: Lang): Promise<MiniSearch<SearchDoc>> {
  const known = indexes.get(lang);
  if (known) return known;
  const loading = fetchIndex(lang)
    .then(async (index) => {
      const search = createSearch();
      // In chunks, so indexing the whole book does not freeze the page.
      await search.addAllAsync(searchDocs(index), { chunkSize: 100 });
      return search;
    })
    .catch((error: unknown) => {
      indexes.delete(lang);
      throw error;
    });
  indexes.set(lang, loading);
  return loading;
}

function snippet(text: string, query: string): string {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...words.map((word) => lower.indexOf(word)).filter((i) => i >= 0), text.length));
  const start = at > 60 ? text.lastIndexOf(" ", at - 40) + 1 : 0;
  return (start > 0 ? "…" : "") + text.slice(start, start + 180) + (start + 180 < text.length ? "…" : "");
}

export default function SearchDialog({ lang, open, onClose }: { lang: Lang; open: boolean; onClose: () => void }) {
  const text = UI[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [index, setIndex] = useState<MiniSearch<SearchDoc> | null>(null);
  const [error, setError] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  useEffect(() => {
    loadIndex(lang).then(setIndex, () => setError(true));
  }, [lang]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const results = useMemo<SearchHit[]>(() => {
    if (!index || query.trim().length < 2) return [];
    return searchSections(index, query.trim());
  }, [index, query]);

  function go(result: SearchHit | undefined) {
    if (!result) return;
    onClose();
    router.push(result.id);
  }

  return (
    <dialog
      ref={dialog}
      aria-label={text.searchTheBook}
      className="search-dialog"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="flex items-center gap-2 border-b border-border px-4">
        <span aria-hidden="true" className="text-muted">
          ⌕
        </span>
        <input
          autoFocus
          type="search"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls="search-results"
          aria-activedescendant={results[active] ? `search-result-${active}` : undefined}
          aria-label={text.searchTheBook}
          placeholder={text.searchPlaceholder}
          className="w-full bg-transparent py-3 text-fg outline-none placeholder:text-muted"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") {
              event.preventDefault();
              setActive((i) => Math.min(i + 1, results.length - 1));
            } else if (event.key === "ArrowUp") {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === "Enter") {
              event.preventDefault();
              go(results[active]);
            }
          }}
        />
        <kbd className="rounded border border-border px-1.5 font-mono text-xs text-muted">Esc</kbd>
      </div>
      {/* Focusable so the list scrolls from the keyboard too: the arrow keys only move the active result. */}
      <div className="max-h-[60dvh] overflow-y-auto p-2" tabIndex={0}>
        {error ? (
          <p className="p-4 text-sm text-danger">{text.searchFailed}</p>
        ) : !index ? (
          <p className="p-4 text-sm text-muted">{text.searchLoading}</p>
        ) : query.trim().length < 2 ? (
          <p className="p-4 text-sm text-muted">{text.searchHint}</p>
        ) : results.length === 0 ? (
          <p className="p-4 text-sm text-muted">{text.searchNothing(query)}</p>
        ) : (
          <ul id="search-results" role="listbox" aria-label={text.searchResults}>
            {results.map((result, i) => (
              <li
                key={result.id}
                id={`search-result-${i}`}
                role="option"
                aria-selected={i === active}
                className="search-result"
                onMouseEnter={() => setActive(i)}
                onClick={() => go(result)}
              >
                <p className="text-sm font-semibold">
                  {result.title}
                  {result.heading && <span className="text-accent"> › {result.heading}</span>}
                </p>
                <p className="mt-0.5 line-clamp-2 text-xs text-muted">{snippet(result.text, query)}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </dialog>
  );
}
