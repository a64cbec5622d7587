"use client";

import { useId, useRef, useState } from "react";
import type { Feedback } from "@/lib/ai/tutor-message";
import { FEEDBACK_NOTE_MAX } from "@/lib/limits";

type Rating = Feedback["rating"];

/** Saves a verdict on an answer; resolves to an error sentence, or null once it is stored. */
async function save(messageId: string, rating: Rating | null, note?: string): Promise<string | null> {
  try {
    const response = await fetch(`/api/messages/${encodeURIComponent(messageId)}/feedback`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ rating, ...(note && { note }) }),
    });
    if (response.ok) return null;
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    return `Your feedback was not saved: ${body.error ?? `the server answered ${response.status}`}. Try again.`;
  } catch {
    return "Your feedback was not saved: you appear to be offline. Try again.";
  }
}

function Thumb({ down }: { down?: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      {down ? (
        <path d="M10 15v4a3 3 0 0 0 3 3l4-9V2H5.72a2 2 0 0 0-2 1.7l-1.38 9a2 2 0 0 0 2 2.3zm7-13h2.67A2.31 2.31 0 0 1 22 4v7a2.31 2.31 0 0 1-2.33 2H17" />
      ) : (
        <path d="M14 9V5a3 3 0 0 0-3-3l-4 9v11h11.28a2 2 0 0 0 2-1.7l1.38-9a2 2 0 0 0-2-2.3zM7 22H4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2h3" />
      )}
    </svg>
  );
}

/**
 * Thumbs up or down on one answer. A thumbs down is stored at once and opens
 * an optional note; pressing a pressed thumb takes the verdict back. Buttons
 * are only aria-disabled while saving: a disabled button would drop keyboard focus.
 */
export function FeedbackButtons({ messageId, initial }: { messageId: string; initial: Feedback | undefined }) {
  const [rating, setRating] = useState<Rating | null>(initial?.rating ?? null);
  const [note, setNote] = useState(initial?.note ?? "");
  const [writing, setWriting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [thanked, setThanked] = useState(false);
  const downRef = useRef<HTMLButtonElement>(null);
  const noteId = useId();
  const counterId = useId();

  async function submit(next: Rating | null, text?: string) {
    if (busy) return false;
    setBusy(true);
    setError(null);
    const failure = await save(messageId, next, text);
    setBusy(false);
    if (failure) {
      setError(failure);
      return false;
    }
    setRating(next);
    setThanked(next !== null);
    return true;
  }

  async function press(pressed: Rating) {
    if (rating === pressed) {
      setWriting(false);
      if (await submit(null)) setNote("");
      return;
    }
    if (await submit(pressed)) {
      setNote("");
      setWriting(pressed === "down");
    }
  }

  function closeNote() {
    setWriting(false);
    downRef.current?.focus();
  }

  return (
    <div className="contents">
      <button
        type="button"
        className="chat-icon-button chat-thumb"
        aria-label="Helpful"
        aria-pressed={rating === "up"}
        aria-disabled={busy}
        onClick={() => press("up")}
      >
        <Thumb />
      </button>
      <button
        ref={downRef}
        type="button"
        className="chat-icon-button chat-thumb"
        aria-label="Not helpful"
        aria-pressed={rating === "down"}
        aria-expanded={rating === "down" ? writing : undefined}
        aria-controls={writing ? noteId : undefined}
        aria-disabled={busy}
        onClick={() => press("down")}
      >
        <Thumb down />
      </button>
      {thanked && !writing && !error && (
        <p role="status" className="self-center text-xs text-muted">
          Thanks for the feedback.
        </p>
      )}
      {writing && (
        <form
          id={noteId}
          className="chat-feedback-note"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await submit("down", note.trim())) closeNote();
          }}
          onKeyDown={(event) => {
            // Esc leaves the note, not the whole panel.
            if (event.key === "Escape") {
              event.stopPropagation();
              closeNote();
            }
          }}
        >
          <label htmlFor={`${noteId}-text`} className="text-xs font-medium">
            What was wrong? <span className="font-normal text-muted">(optional)</span>
          </label>
          <textarea
            id={`${noteId}-text`}
            autoFocus
            rows={2}
            className="input resize-none text-sm"
            value={note}
            maxLength={FEEDBACK_NOTE_MAX}
            aria-describedby={counterId}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="flex items-center justify-between gap-2">
            <span id={counterId} className="text-xs text-muted">
              {note.length}/{FEEDBACK_NOTE_MAX}
            </span>
            <div className="flex gap-2">
              <button type="button" className="btn-ghost px-3 py-1" onClick={closeNote}>
                Cancel
              </button>
              <button type="submit" className="btn-primary px-3 py-1" disabled={!note.trim()} aria-disabled={busy}>
                Send
              </button>
            </div>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="basis-full text-xs text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
