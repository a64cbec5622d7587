"use client";

import { useRouter } from "next/navigation";
import { useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { mapSection } from "@/lib/content/map-section";
import type { Lang } from "@/lib/i18n";
import { LANGUAGE_SLOT_ID } from "@/lib/language-slot";

// Headings stop 80 px below the top of the window (their scroll margin, under the sticky header).
const READING_LINE = 96;

/** The id of the last heading the reader has scrolled past, or "" above the first. */
function sectionBeingRead(anchors: string[]): string {
  let passed = "";
  for (const id of anchors) {
    const heading = document.getElementById(id);
    if (!heading) continue;
    if (heading.getBoundingClientRect().top > READING_LINE) break;
    passed = id;
  }
  return passed;
}

const noSubscription = () => () => {};

/**
 * The link to this chapter in another language. Followed with JavaScript it
 * lands on the section being read: anchors differ between languages, so the
 * heading is found by its position (the headings match one for one). Without
 * JavaScript it sits under the chapter's title and opens the top of the other page.
 */
export function LanguageSwitch({
  href,
  to,
  name,
  title,
  anchors,
  targetAnchors,
}: {
  href: string;
  to: Lang;
  /** The other language's name in that language, and "Read in …" (lib/i18n.ts). */
  name: string;
  title: string;
  anchors: string[];
  targetAnchors: string[];
}) {
  const router = useRouter();
  // Hydrated as the server rendered it (no slot), then moved to the header.
  const slot = useSyncExternalStore(
    noSubscription,
    () => document.getElementById(LANGUAGE_SLOT_ID),
    () => null,
  );
  const link = (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      dir="auto"
      title={title}
      className="btn-ghost h-8 px-2 py-0 text-sm"
      data-language-switch={to}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        const section = mapSection(anchors, targetAnchors, sectionBeingRead(anchors));
        if (!section) return;
        event.preventDefault();
        // Another root layout: the router loads the whole page, and the browser scrolls to the section.
        router.push(`${href}#${section}`);
      }}
    >
      {name}
    </a>
  );
  return slot ? createPortal(link, slot) : link;
}
