"use client";

import { lazy, Suspense, useState } from "react";
import { renumberCitations } from "@/lib/ai/citations";
import { messageText, type TutorUIMessage } from "@/lib/ai/tutor-message";
import { innermostHeading } from "@/lib/content/urls";
import { FeedbackButtons } from "./feedback";

/**
 * The markdown renderer is a third of the panel's weight and an empty panel
 * does not need it: it downloads with the first question (see chat-panel),
 * while the server looks through the book.
 */
export const loadMarkdown = () => import("./message-markdown");
const MessageMarkdown = lazy(() => loadMarkdown().then(({ MessageMarkdown }) => ({ default: MessageMarkdown })));

type Props = { message: TutorUIMessage; streaming: boolean; canRetry: boolean; onRetry: () => void };

export function MessageView({ message, streaming, canRetry, onRetry }: Props) {
  const [copied, setCopied] = useState(false);
  // A streamed answer's markers are renumbered by the mapping its last chunk brings; stored answers already are.
  const raw = messageText(message.parts);
  const citations = message.metadata?.citations;
  const text = citations ? renumberCitations(raw, citations) : raw;
  const quoted = message.parts.find((part) => part.type === "data-selection");

  if (message.role === "user") {
    return (
      <div className="ms-8 space-y-1">
        {quoted?.type === "data-selection" && (
          <blockquote className="line-clamp-3 border-s-2 border-accent ps-2 text-xs text-muted">{quoted.data.text}</blockquote>
        )}
        <p className="chat-bubble-user">{text}</p>
      </div>
    );
  }

  const sources = message.metadata?.sources ?? [];
  return (
    <article className="space-y-2" aria-label="Tutor answer">
      <Suspense fallback={<p className="chat-markdown whitespace-pre-wrap">{text}</p>}>
        <MessageMarkdown text={text} sources={sources} streaming={streaming} />
      </Suspense>
      {message.metadata?.status === "interrupted" && (
        <p className="text-xs text-warn">This answer was cut off before it finished.</p>
      )}
      {message.metadata?.saved === false && (
        <p role="status" className="text-xs text-warn">
          This answer could not be saved, so it will not be in your history. Copy anything you need from it now.
        </p>
      )}
      {sources.length > 0 && !streaming && (
        <ul className="flex flex-wrap gap-1.5" aria-label="Sources">
          {sources.map((source) => (
            <li key={source.n}>
              <a href={source.href} className="chat-citation" title={`${source.title} — ${source.heading}`}>
                [{source.n}] {innermostHeading(source.heading)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {!streaming && text && (
        <div className="flex flex-wrap items-center gap-1">
          <button
            type="button"
            className="chat-icon-button px-2 text-xs"
            onClick={async () => {
              await navigator.clipboard.writeText(text);
              setCopied(true);
              setTimeout(() => setCopied(false), 1500);
            }}
          >
            {copied ? "Copied" : "Copy"}
          </button>
          {canRetry && (
            <button type="button" className="chat-icon-button px-2 text-xs" onClick={onRetry}>
              Retry
            </button>
          )}
          <FeedbackButtons messageId={message.id} initial={message.metadata?.feedback} />
        </div>
      )}
    </article>
  );
}
