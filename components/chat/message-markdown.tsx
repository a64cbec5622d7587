"use client";

import { code } from "@streamdown/code";
import { math } from "@streamdown/math";
import { Streamdown } from "streamdown";
import type { Source } from "@/lib/ai/tutor-message";
import "katex/dist/katex.min.css";

/** Only the book's own pages and ordinary web links survive; javascript:, data: and the like are dropped. */
export function safeUrl(url: string): string | null {
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  if (url.startsWith("#")) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** Turns the model's [n] markers into links to the cited sections. */
export function linkCitations(text: string, sources: Source[]): string {
  const byNumber = new Map(sources.map((source) => [source.n, source]));
  return text.replace(/\[(\d{1,2})\](?!\()/g, (marker, n: string) => {
    const source = byNumber.get(Number(n));
    return source ? `[[${n}]](${source.href} "${source.title.replace(/"/g, "'")} — ${source.heading.replace(/"/g, "'")}")` : marker;
  });
}

/**
 * Markdown made for streams (unfinished code fences and tables render as they
 * arrive), with highlighting and math. Raw HTML in model output is not
 * rendered, so a <script> in an answer stays text.
 */
export function MessageMarkdown({ text, sources, streaming }: { text: string; sources: Source[]; streaming: boolean }) {
  return (
    <Streamdown
      className="chat-markdown"
      mode={streaming ? "streaming" : "static"}
      isAnimating={streaming}
      plugins={{ code, math }}
      skipHtml
      urlTransform={safeUrl}
      linkSafety={{ enabled: false }}
      controls={{ code: true, table: false, mermaid: false }}
    >
      {linkCitations(text, sources)}
    </Streamdown>
  );
}
