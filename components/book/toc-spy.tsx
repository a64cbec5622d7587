"use client";

import { useEffect } from "react";
import { useChapterBodyVersion } from "./chapter-body-version";

// Headings land 80 px below the top of the window (their scroll margin, under the sticky header); one that has
// reached this line is the section being read.
const READING_LINE = 96;

/** The last heading the reader has scrolled past; above the first one, the first heading on screen, if any. */
function headingBeingRead(headings: HTMLElement[]): HTMLElement | null {
  let passed: HTMLElement | null = null;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > READING_LINE) break;
    passed = heading;
  }
  return passed ?? headings.find((heading) => heading.getBoundingClientRect().top < window.innerHeight / 2) ?? null;
}

/** Scrolls a list, not the page, so that one of its links shows. */
function reveal(link: HTMLElement) {
  const list = link.closest<HTMLElement>("nav");
  if (!list || list.clientHeight === 0 || list.scrollHeight <= list.clientHeight) return;
  const item = link.getBoundingClientRect();
  const box = list.getBoundingClientRect();
  if (item.top < box.top) list.scrollTop -= box.top - item.top + 8;
  else if (item.bottom > box.bottom) list.scrollTop += item.bottom - box.bottom + 8;
}

/**
 * Marks the contents links (the column and the folded list) of the section being read, and keeps them in view
 * in their lists.
 */
export function TocSpy() {
  const body = useChapterBodyVersion();
  useEffect(() => {
    const links = new Map<string, HTMLAnchorElement[]>();
    for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-toc-id]")) {
      links.set(link.dataset.tocId!, [...(links.get(link.dataset.tocId!) ?? []), link]);
    }
    const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((el) => el !== null);
    let current: string | null | undefined;
    let frame = 0;
    const mark = () => {
      frame = 0;
      const active = headingBeingRead(headings)?.id ?? null;
      if (active === current) return;
      current = active;
      for (const [id, anchors] of links) {
        for (const anchor of anchors) {
          if (id === active) {
            anchor.setAttribute("aria-current", "location");
            reveal(anchor);
          } else anchor.removeAttribute("aria-current");
        }
      }
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(mark);
    };
    mark();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    // Opening the folded list shows its marked entry, which may be far down it.
    const opened = (event: Event) => {
      if ((event.target as HTMLDetailsElement).open) current = undefined;
      schedule();
    };
    const folded = document.querySelectorAll("details.toc-inline");
    folded.forEach((details) => details.addEventListener("toggle", opened));
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      folded.forEach((details) => details.removeEventListener("toggle", opened));
    };
  }, [body]);
  return null;
}
