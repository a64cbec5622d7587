"use client";

import { createContext, lazy, Suspense, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { IntentLink } from "@/components/site/intent-link";
import { useHydrated } from "@/components/site/use-hydrated";
import type { Lang, PersonaliseText } from "@/lib/i18n";
import type { PersonaliseAnswer, PersonaliseEvent, PieceView } from "@/lib/personalise/events";
import { fillTemplate, pluralTemplate } from "@/lib/text-template";
import { chapterBodyChanged } from "./chapter-body-version";

// What the reader sees once they ask: the offline path and the rewrite as it streams in download with the click.
const loadViews = () => import("./personalise-views");
const OfflinePath = lazy(() => loadViews().then(({ OfflinePath }) => ({ default: OfflinePath })));
const StreamingPreview = lazy(() => loadViews().then(({ StreamingPreview }) => ({ default: StreamingPreview })));

/** A reading path of the page's frontmatter, its sections as this page's anchors and titles. */
export type PathView = { when: string; path: string; sections: { id: string; title: string }[] };

export type StreamedPart = { views: PieceView[]; text: string; state: "waiting" | "writing" | "rewritten" | "original" };

type Status =
  | { kind: "original" }
  | { kind: "asking" }
  | { kind: "invite"; reason: "signed-out" | "no-background" }
  | { kind: "offline"; conditions: string[] }
  | { kind: "streaming"; parts: StreamedPart[]; finishing: boolean }
  | { kind: "personalised"; body: ReactNode; originalParts: number };

type Context = {
  lang: Lang;
  text: PersonaliseText;
  status: Status;
  message: string | null;
  paths: PathView[];
  start: () => void;
  stop: () => void;
  showOriginal: () => void;
};

const PersonaliseContext = createContext<Context | null>(null);

function usePersonalise(): Context {
  const context = useContext(PersonaliseContext);
  if (!context) throw new Error("Personalise components belong inside <Personalise>");
  return context;
}

const busy = (status: Status) => status.kind === "asking" || status.kind === "streaming";

/**
 * "Personalise for me": holds what the chapter shows (the book's text, the offline view of the reader's path,
 * the model's rewrite streaming in, or the finished rewrite rendered on the server) for the button, the panel
 * under it and the body, which sit apart in the page.
 */
export function Personalise({
  slug,
  lang,
  text,
  paths,
  render,
  children,
}: {
  slug: string;
  lang: Lang;
  /** lib/i18n.ts's words for the page's language. */
  text: PersonaliseText;
  paths: PathView[];
  render: (slug: string, lang: string) => Promise<ReactNode>;
  children: ReactNode;
}) {
  const [status, setStatus] = useState<Status>({ kind: "original" });
  const [message, setMessage] = useState<string | null>(null);
  const run = useRef<AbortController | null>(null);

  const finish = (next: Status, note: string | null = null) => {
    run.current = null;
    setStatus(next);
    setMessage(note);
  };

  async function showRendered(abort: AbortController, originalParts: number) {
    const body = await render(slug, lang).catch(() => null);
    if (abort.signal.aborted) return;
    if (body) finish({ kind: "personalised", body, originalParts });
    else finish({ kind: "original" }, text.failed);
  }

  async function readStream(response: Response, abort: AbortController) {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = "";
    const update = (change: (parts: StreamedPart[]) => StreamedPart[]) =>
      setStatus((current) => (current.kind === "streaming" ? { ...current, parts: change(current.parts) } : current));
    const setPart = (index: number, change: (part: StreamedPart) => StreamedPart) =>
      update((parts) => parts.map((part, i) => (i === index ? change(part) : part)));
    // The model's pieces arrive a few words at a time: the preview is drawn again at most every 150 ms, not for each.
    const pending = { part: -1, text: "" };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (pending.part === -1) return;
      const { part, text: arrived } = pending;
      pending.part = -1;
      pending.text = "";
      setPart(part, (current) => ({ ...current, text: current.text + arrived, state: "writing" }));
    };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += value;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line) as PersonaliseEvent;
        if (event.type === "delta") {
          if (pending.part !== event.part) flush();
          pending.part = event.part;
          pending.text += event.text;
          timer ??= setTimeout(flush, 150);
          continue;
        }
        flush();
        if (event.type === "start") {
          setStatus({ kind: "streaming", finishing: false, parts: event.parts.map(({ views }) => ({ views, text: "", state: "waiting" })) });
        } else if (event.type === "part") {
          setPart(event.part, (part) => (event.kept ? { ...part, state: "rewritten" } : { ...part, text: event.text, state: "original" }));
        } else if (event.type === "done") {
          setStatus((current) => (current.kind === "streaming" ? { ...current, finishing: true } : current));
          await showRendered(abort, event.originalParts);
          return;
        } else {
          finish({ kind: "original" }, text.failed);
          return;
        }
      }
    }
    clearTimeout(timer);
    // The stream ended without its last word: the server went away.
    if (!abort.signal.aborted) finish({ kind: "original" }, text.failed);
  }

  async function start() {
    const abort = new AbortController();
    run.current = abort;
    setStatus({ kind: "asking" });
    setMessage(null);
    // Fetched beside the request, so the view is ready when the answer is.
    void loadViews().catch(() => undefined);
    try {
      const response = await fetch("/api/personalise", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ slug, lang }),
        signal: abort.signal,
      });
      if (response.status === 401) return finish({ kind: "invite", reason: "signed-out" });
      if (response.status === 409) return finish({ kind: "invite", reason: "no-background" });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string; retryAfter?: number };
        if (response.status === 429) return finish({ kind: "original" }, pluralTemplate(text.limit, Math.ceil((body.retryAfter ?? 60) / 60)));
        return finish({ kind: "original" }, lang === "en" && body.error ? body.error : text.failed);
      }
      if (response.headers.get("content-type")?.startsWith("application/json")) {
        const answer = (await response.json()) as PersonaliseAnswer;
        if (answer.mode === "offline") return finish({ kind: "offline", conditions: answer.conditions });
        return await showRendered(abort, answer.originalParts);
      }
      await readStream(response, abort);
    } catch (error) {
      if (abort.signal.aborted) return;
      finish({ kind: "original" }, error instanceof TypeError ? text.offline : text.failed);
    }
  }

  function stop() {
    run.current?.abort();
    finish({ kind: "original" }, text.stopped);
  }

  function showOriginal() {
    run.current?.abort();
    finish({ kind: "original" });
  }

  return (
    <PersonaliseContext.Provider value={{ lang, text, status, message, paths, start, stop, showOriginal }}>
      <div className="contents" data-personalised={status.kind === "offline" || status.kind === "personalised" ? status.kind : undefined}>
        {children}
      </div>
    </PersonaliseContext.Provider>
  );
}

/** The button at the top of the chapter: personalise, stop, or go back to the book's text. */
export function PersonaliseButton() {
  const { text, status, start, stop, showOriginal } = usePersonalise();
  const hydrated = useHydrated();
  if (busy(status)) {
    return (
      <button type="button" className="page-action personalise-button" onClick={stop}>
        <span aria-hidden="true" className="personalise-spinner" />
        {text.stop}
      </button>
    );
  }
  if (status.kind === "offline" || status.kind === "personalised") {
    return (
      <button type="button" className="page-action personalise-button" onClick={showOriginal}>
        {text.showOriginal}
      </button>
    );
  }
  return (
    <button type="button" className="page-action personalise-button" onClick={start} disabled={!hydrated}>
      <SparkIcon />
      {text.button}
    </button>
  );
}

/** Under the button: progress, the invitation to sign in or answer the questionnaire, the offline path, what went wrong. */
export function PersonalisePanel() {
  const { lang, text, status, message, paths } = usePersonalise();
  const next = typeof window === "undefined" ? "" : `?next=${encodeURIComponent(window.location.pathname)}`;
  return (
    <div className="personalise-panel" data-print="hide">
      <p className="sr-only" role="status">
        {status.kind === "streaming"
          ? progressOf(status.parts, text)
          : status.kind === "asking"
            ? text.starting
            : status.kind === "personalised"
              ? text.personalised
              : status.kind === "offline"
                ? text.pathTitle
                : ""}
      </p>
      {message && (
        <p className="personalise-message" role="alert">
          {message}
        </p>
      )}
      {status.kind === "asking" && <p className="personalise-progress">{text.starting}</p>}
      {status.kind === "streaming" && (
        <p className="personalise-progress" aria-hidden="true">
          {status.finishing ? text.rendering : progressOf(status.parts, text)}
        </p>
      )}
      {status.kind === "invite" && (
        <p className="personalise-box">
          {status.reason === "signed-out" ? (
            <>
              <IntentLink href={`/sign-in${next}`} className="link">
                {text.signIn}
              </IntentLink>{" "}
              {text.signInInvite}
            </>
          ) : (
            <>
              <IntentLink href={`/onboarding${next}`} className="link">
                {text.onboarding}
              </IntentLink>{" "}
              {text.onboardingInvite}
            </>
          )}
        </p>
      )}
      {status.kind === "offline" && (
        <Suspense fallback={null}>
          <OfflinePath conditions={status.conditions} paths={paths} lang={lang} text={text} />
        </Suspense>
      )}
      {status.kind === "personalised" && (
        <p className="personalise-box" data-testid="personalised-note">
          {text.personalised}
          {status.originalParts > 0 && pluralTemplate(text.originalParts, status.originalParts)}
        </p>
      )}
    </div>
  );
}

function progressOf(parts: StreamedPart[], text: PersonaliseText): string {
  const done = parts.filter((part) => part.state === "rewritten" || part.state === "original").length;
  return fillTemplate(text.progress, { done: Math.min(done + 1, parts.length), total: parts.length });
}

/** Where the chapter's text goes: the book's, the rewrite streaming in, or the finished rewrite. */
export function PersonalisedBody({ children }: { children: ReactNode }) {
  const { text, status } = usePersonalise();
  const shown = status.kind === "personalised" ? "personalised" : status.kind === "streaming" ? "streaming" : "original";
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    chapterBodyChanged();
  }, [shown]);
  if (status.kind === "personalised") return status.body;
  if (status.kind === "streaming") {
    return (
      // The book's text stays until the preview's code has arrived.
      <Suspense fallback={children}>
        <StreamingPreview parts={status.parts} text={text} />
      </Suspense>
    );
  }
  return children;
}

function SparkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M8 1.5v3M8 11.5v3M1.5 8h3M11.5 8h3M3.4 3.4l2 2M10.6 10.6l2 2M3.4 12.6l2-2M10.6 5.4l2-2" />
    </svg>
  );
}
