"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { subscribeNever } from "@/components/site/use-hydrated";

type PageActionsProps = {
  /** Site-relative paths: the page's Markdown, its PDF and the whole book's PDF. */
  markdownPath: string;
  pdfPath: string;
  bookPdfPath: string;
  /** Where the book is printed in one page when its PDF was not built. */
  bookPrintPath: string;
  /** The configured origin, used until the browser's own is known. */
  origin: string;
};

type CopyState = "idle" | "copying" | "copied" | "failed";

/** What a reader does with the page besides reading it: copy it as Markdown, hand it to an assistant, print it. */
export function PageActions({ markdownPath, pdfPath, bookPdfPath, bookPrintPath, origin }: PageActionsProps) {
  const [copy, setCopy] = useState<CopyState>("idle");
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // The assistants fetch the Markdown themselves, so they need the address the reader actually sees.
  const liveOrigin = useSyncExternalStore(subscribeNever, () => window.location.origin, () => origin);
  const markdownUrl = `${liveOrigin}${markdownPath}`;
  const prompt = `Read ${markdownUrl} so I can ask you questions about it.`;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onFocus = (event: FocusEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("focusin", onFocus);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("focusin", onFocus);
    };
  }, [open]);

  useEffect(() => {
    if (copy !== "copied" && copy !== "failed") return;
    const timer = setTimeout(() => setCopy("idle"), 2000);
    return () => clearTimeout(timer);
  }, [copy]);

  async function copyMarkdown() {
    setCopy("copying");
    const text = fetch(markdownPath).then((response) => {
      if (!response.ok) throw new Error(`GET ${markdownPath}: ${response.status}`);
      return response.text();
    });
    try {
      // Safari only lets a page write to the clipboard inside the click, so the write starts now and waits for the text.
      if (typeof ClipboardItem !== "undefined") {
        const blob = text.then((markdown) => new Blob([markdown], { type: "text/plain" }));
        await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
      } else {
        await navigator.clipboard.writeText(await text);
      }
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  const label = { idle: "Copy as Markdown", copying: "Copying…", copied: "Copied", failed: "Copy failed" }[copy];

  return (
    <div ref={root} className="page-actions" data-print="hide">
      <div className="page-actions-group">
        <button type="button" className="page-action" onClick={copyMarkdown} disabled={copy === "copying"}>
          <CopyIcon />
          {label}
        </button>
        <button
          ref={toggle}
          type="button"
          className="page-action"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((value) => !value)}
        >
          More actions
          <span aria-hidden="true" className="text-xs">
            {open ? "▴" : "▾"}
          </span>
        </button>
      </div>
      <span className="sr-only" aria-live="polite">
        {copy === "copied" ? "Copied the page as Markdown" : copy === "failed" ? "Could not copy the page" : ""}
      </span>
      {/* Choosing an entry closes the menu, as a menu would. */}
      <ul id={menuId} className="page-actions-menu" hidden={!open} onClick={() => setOpen(false)}>
        <li>
          <a href={markdownPath} className="page-actions-item">
            View as Markdown
          </a>
        </li>
        <li>
          <a href={`https://chatgpt.com/?hints=search&q=${encodeURIComponent(prompt)}`} className="page-actions-item" target="_blank" rel="noopener noreferrer">
            Open in ChatGPT <NewTab />
          </a>
        </li>
        <li>
          <a href={`https://claude.ai/new?q=${encodeURIComponent(prompt)}`} className="page-actions-item" target="_blank" rel="noopener noreferrer">
            Open in Claude <NewTab />
          </a>
        </li>
        <li>
          <a href={pdfPath} download className="page-actions-item" onClick={(event) => downloadOr(event, pdfPath, () => window.print())}>
            Download PDF
          </a>
        </li>
        <li>
          <a
            href={bookPdfPath}
            download
            className="page-actions-item"
            onClick={(event) => downloadOr(event, bookPdfPath, () => follow(`${bookPrintPath}#print`))}
          >
            Download the whole book (PDF)
          </a>
        </li>
      </ul>
    </div>
  );
}

/**
 * PDFs exist only where the build had a Chromium to make them (not on Vercel, for one):
 * download the file when it is there, otherwise print through the browser.
 */
async function downloadOr(event: React.MouseEvent<HTMLAnchorElement>, href: string, fallback: () => void) {
  event.preventDefault();
  const link = event.currentTarget;
  const found = await fetch(href, { method: "HEAD" }).then((response) => response.ok, () => false);
  if (!found) return fallback();
  follow(link.href, { download: true });
}

/**
 * Follows a link as the browser would, not through the router: the printable book is megabytes of HTML that
 * the browser renders as it arrives, where a client-side navigation would wait for all of it first.
 */
function follow(href: string, { download = false } = {}) {
  const link = document.createElement("a");
  link.href = href;
  if (download) link.download = "";
  link.click();
}

function NewTab() {
  return (
    <>
      <span aria-hidden="true">↗</span>
      <span className="sr-only">(opens in a new tab)</span>
    </>
  );
}

function CopyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
    </svg>
  );
}
