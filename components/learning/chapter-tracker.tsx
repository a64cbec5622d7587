"use client";

import { useEffect, useRef } from "react";
import { useChapterBodyVersion } from "@/components/book/chapter-body-version";
import { recordVisit, useProgress } from "./progress-store";

/**
 * Sits at the end of a chapter: records the visit, each section heading the reader scrolls past
 * (only the furthest counts), and the chapter as read once this end marker comes into view.
 */
export function ChapterTracker({ chapter, sections }: { chapter: string; sections: string[] }) {
  const { mode } = useProgress();
  const end = useRef<HTMLDivElement>(null);
  const body = useChapterBodyVersion();
  useEffect(() => {
    if (mode === "loading") return;
    recordVisit(chapter, null, 0, false);
    const headings = sections.map((id) => document.getElementById(id)).filter((element) => element !== null);
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        if (entry.target === end.current) {
          recordVisit(chapter, sections.at(-1) ?? null, sections.length, true);
          continue;
        }
        const index = sections.indexOf(entry.target.id);
        if (index >= 0) recordVisit(chapter, sections[index]!, index + 1, false);
      }
    });
    for (const heading of headings) observer.observe(heading);
    if (end.current) observer.observe(end.current);
    return () => observer.disconnect();
  }, [chapter, sections, mode, body]);
  return <div ref={end} aria-hidden="true" className="h-px" data-chapter-end="" />;
}
