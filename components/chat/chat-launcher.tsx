"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { SelectionPart } from "@/lib/ai/tutor-message";
import { useHydrated } from "@/components/site/use-hydrated";
import { useShortcut } from "@/components/site/use-shortcut";
import { ASK_EVENT, type AskDetail } from "./events";

// The panel (useChat, the markdown renderer, highlighting, math) downloads on first open.
const ChatPanel = lazy(() => import("./chat-panel"));

/** The "Ask the tutor" button on every page; Ctrl/Cmd + J toggles the panel. */
export function ChatLauncher() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [selection, setSelection] = useState<SelectionPart | null>(null);
  // An object, so asking the same question twice still fills the box again.
  const [draft, setDraft] = useState<{ text: string } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();
  const wasOpen = useRef(false);

  useShortcut("j", () => {
    setLoaded(true);
    setOpen((value) => !value);
  });

  useEffect(() => {
    const onAsk = (event: Event) => {
      const { selection: asked, question } = (event as CustomEvent<AskDetail>).detail;
      if (asked) setSelection(asked);
      if (question) setDraft({ text: question });
      setLoaded(true);
      setOpen(true);
    };
    window.addEventListener(ASK_EVENT, onAsk);
    return () => window.removeEventListener(ASK_EVENT, onAsk);
  }, []);

  // On wide screens the page makes room for the panel instead of sitting under it.
  useEffect(() => {
    document.documentElement.toggleAttribute("data-tutor-open", open);
  }, [open]);

  // However the panel closes (Esc, its close button, Ctrl/Cmd + J), focus returns to the button that opens it.
  useEffect(() => {
    if (!open && wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      {!open && (
        <button
          ref={buttonRef}
          type="button"
          className="chat-launcher"
          aria-keyshortcuts="Control+J Meta+J"
          disabled={!hydrated}
          title="Ask the tutor (Ctrl J)"
          onClick={() => {
            setLoaded(true);
            setOpen(true);
          }}
        >
          <span aria-hidden="true" className="font-mono">
            &gt;_
          </span>{" "}
          Ask the tutor
        </button>
      )}
      {loaded && (
        <Suspense fallback={open ? <div className="chat-panel p-4 text-sm text-muted">Loading the tutor…</div> : null}>
          <ChatPanel open={open} onClose={() => setOpen(false)} selection={selection} onSelectionChange={setSelection} draft={draft} />
        </Suspense>
      )}
    </>
  );
}
