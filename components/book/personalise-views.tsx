"use client";

import { lazy, Suspense, useEffect } from "react";
import type { Lang, PersonaliseText } from "@/lib/i18n";
import type { PathView, StreamedPart } from "./personalise";

// The views "Personalise for me" shows once asked, apart from components/book/personalise.tsx so a chapter downloads
// them on the click rather than with the page.

// The chat's Markdown renderer (highlighting, maths) is for a rewrite as it streams: it downloads then, not with every chapter.
const MessageMarkdown = lazy(() => import("@/components/chat/message-markdown").then(({ MessageMarkdown }) => ({ default: MessageMarkdown })));

const conditionName = (when: string, text: PersonaliseText) => text.conditions[when.split(":")[1]!] ?? when;

/**
 * The view without a model: the box naming the reader's path through the chapter, and, on the page, the
 * `<ForBackground>` blocks for their setup opened and marked, those for other setups folded (not hidden), and the
 * path's sections marked in the text and the contents.
 */
export function OfflinePath({ conditions, paths, lang, text }: { conditions: string[]; paths: PathView[]; lang: Lang; text: PersonaliseText }) {
  const mine = paths.filter((path) => conditions.includes(path.when));
  const label = text.forYourSetup;
  useEffect(() => {
    const anchors = paths.filter((path) => conditions.includes(path.when)).flatMap((path) => path.sections.map((section) => section.id));
    return markSetup(new Set(conditions), anchors, label);
  }, [conditions, paths, label]);
  return (
    <section className="personalise-box" aria-labelledby="personalise-path-title" data-testid="personalise-path">
      <h2 id="personalise-path-title" className="personalise-box-title">
        {text.pathTitle}
      </h2>
      {mine.length === 0 && <p>{text.noPath}</p>}
      {mine.map((path) => (
        <div key={path.when} className="personalise-path" data-when={path.when}>
          <p>
            <strong>{conditionName(path.when, text)}:</strong> {path.path}
          </p>
          <p className="mt-1">
            {text.sectionsForYou}{" "}
            {path.sections.map((section, i) => (
              <span key={section.id}>
                {i > 0 && (lang === "ur" ? "، " : ", ")}
                <a href={`#${section.id}`} className="link">
                  {section.title}
                </a>
              </span>
            ))}
          </p>
        </div>
      ))}
      <p className="personalise-model-line">{text.modelLine}</p>
    </section>
  );
}

/** Applies the offline view to the page's blocks, headings and contents; returns what puts them back. */
function markSetup(conditions: Set<string>, anchors: string[], label: string): () => void {
  const undo: (() => void)[] = [];
  for (const block of document.querySelectorAll<HTMLDetailsElement>(".book-article [data-for-background]")) {
    const { hidden, open } = block;
    const match = conditions.has(block.dataset.forBackground!);
    const summary = block.querySelector("summary");
    block.hidden = false;
    block.open = match;
    if (match) summary?.setAttribute("data-for-you", label);
    undo.push(() => {
      block.hidden = hidden;
      block.open = open;
      summary?.removeAttribute("data-for-you");
    });
  }
  for (const anchor of new Set(anchors)) {
    const marked = [document.getElementById(anchor), ...document.querySelectorAll(`[data-toc-id="${CSS.escape(anchor)}"]`)];
    for (const element of marked) {
      element?.setAttribute("data-for-you", label);
      undo.push(() => element?.removeAttribute("data-for-you"));
    }
  }
  return () => undo.forEach((step) => step());
}

const MARKER = /⟦(\d+)⟧/g;
const BLOCK_MARKER = /^⟦(\d+)⟧$/;

/**
 * The rewrite as it arrives, in Markdown: kept headings, code and maths shown as they are, a kept component
 * (a quiz, a figure) as a marker until the finished chapter is rendered with it.
 */
export function StreamingPreview({ parts, text }: { parts: StreamedPart[]; text: PersonaliseText }) {
  return (
    <div className="prose-book personalise-preview" aria-busy="true" data-testid="personalise-preview">
      {parts
        .filter((part) => part.state !== "waiting")
        .map((part, index) => (
          <div key={index} data-part-state={part.state}>
            {part.state === "original" && <p className="personalise-part-note">{text.partAsBook}</p>}
            {blocksOf(part).map((block, i) =>
              block.kind === "kept" ? (
                <p key={i} className="personalise-kept">
                  {text.kept}
                </p>
              ) : (
                <Suspense key={i} fallback={<p className="whitespace-pre-wrap">{block.markdown}</p>}>
                  <MessageMarkdown text={block.markdown} sources={[]} streaming={part.state === "writing"} />
                </Suspense>
              ),
            )}
          </div>
        ))}
    </div>
  );
}

type PreviewBlock = { kind: "markdown"; markdown: string } | { kind: "kept" };

function blocksOf(part: StreamedPart): PreviewBlock[] {
  const blocks: PreviewBlock[] = [];
  let markdown: string[] = [];
  const flush = () => {
    if (markdown.join("").trim()) blocks.push({ kind: "markdown", markdown: markdown.join("\n") });
    markdown = [];
  };
  for (const line of part.text.split("\n")) {
    const block = BLOCK_MARKER.exec(line.trim());
    if (block && part.views[Number(block[1])] === null) {
      flush();
      blocks.push({ kind: "kept" });
    } else {
      markdown.push(line.replace(MARKER, (marker, n: string) => part.views[Number(n)] ?? (part.views.length > Number(n) ? "…" : marker)));
    }
  }
  flush();
  return blocks;
}
