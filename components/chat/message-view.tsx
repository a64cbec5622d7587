"use client";

import { useState } from "react";
import { messageText, type TutorUIMessage } from "@/lib/ai/tutor-message";
import { innermostHeading } from "@/lib/content/urls";
import { MessageMarkdown } from "./message-markdown";

type Props = { message: TutorUIMessage; streaming: boolean; canRetry: boolean; onRetry: () => void };

export function MessageView({ message, streaming, canRetry, onRetry }: Props) {
  const [copied, setCopied] = useState(false);
  const text = messageText(message.parts);
  const quoted = message.parts.find((part) => part.type === "data-selection");

  if (message.role === "user") {
    return (
      <div className="ml-8 space-y-1">
        {quoted?.type === "data-selection" && (
          <blockquote className="line-clamp-3 border-l-2 border-accent pl-2 text-xs text-muted">{quoted.data.text}</blockquote>
        )}
        <p className="chat-bubble-user">{text}</p>
      </div>
    );
  }

  const sources = message.metadata?.sources ?? [];
  return (
    <article className="space-y-2" aria-label="Tutor answer">
      <MessageMarkdown text={text} sources={sources} streaming={streaming} />
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
        <div className="flex gap-1">
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
        </div>
      )}
    </article>
  );
}
