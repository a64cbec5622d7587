"use client";

import { useEffect, useState } from "react";
import { SELECTION_MAX } from "@/lib/limits";
import { askTutor } from "./events";

type Anchor = { top: number; left: number; text: string; heading?: string };

/** Shows "Ask about this" next to text selected in the chapter. */
export function SelectionAsk({ chapter }: { chapter: string }) {
  const [anchor, setAnchor] = useState<Anchor | null>(null);

  useEffect(() => {
    const update = () => {
      const selection = window.getSelection();
      const text = selection?.toString().trim() ?? "";
      const article = document.querySelector(".book-article");
      if (!selection || selection.rangeCount === 0 || text.length < 3 || !article?.contains(selection.anchorNode)) {
        setAnchor(null);
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      // The nearest heading above the selection names the section it came from.
      const headings = [...article.querySelectorAll("h2, h3")].filter(
        (heading) => heading.compareDocumentPosition(selection.anchorNode!) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      setAnchor({
        top: rect.bottom + window.scrollY + 8,
        left: Math.min(rect.left + window.scrollX, window.innerWidth - 160),
        text: text.slice(0, SELECTION_MAX),
        heading: headings.at(-1)?.textContent ?? undefined,
      });
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, []);

  if (!anchor) return null;
  return (
    <button
      type="button"
      className="selection-ask"
      style={{ top: anchor.top, left: anchor.left }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        askTutor({ selection: { text: anchor.text, chapter, heading: anchor.heading } });
        setAnchor(null);
      }}
    >
      Ask about this
    </button>
  );
}
