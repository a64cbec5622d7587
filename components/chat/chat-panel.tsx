"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { IntentLink } from "@/components/site/intent-link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { sessionClient, useSession } from "@/lib/session-client";
import { messageText, type SelectionPart, type TutorUIMessage } from "@/lib/ai/tutor-message";
import { MESSAGE_MAX } from "@/lib/limits";
import { langOfPath, slugOfPath } from "@/lib/content/urls";
import { describeChatError } from "./api-error";
import { History } from "./history";
import { loadMarkdown, MessageView } from "./message-view";


function suggestionsFor(chapter: string | undefined): string[] {
  const title = document.querySelector(".book-article h1")?.textContent?.trim();
  const headings = [...document.querySelectorAll(".prose-book h2")]
    .map((heading) => heading.textContent?.trim() ?? "")
    .filter((text) => text && !/^(summary|further reading|exercises?)$/i.test(text));
  if (!chapter || !title || headings.length < 2) {
    return ["What is Physical AI, and why build humanoids?", "How do ROS 2 nodes talk to each other?", "What hardware do I need for this course?"];
  }
  return [`Summarise the key ideas of “${title}”.`, `Explain “${headings[0]}” with an example.`, `Why does “${headings[1]}” matter on a real robot?`];
}

// One tutor panel per page: the conversation the next question belongs to,
// read by the transport when a request goes out.
const active = { conversationId: null as string | null };

const transport = new DefaultChatTransport<TutorUIMessage>({
  api: "/api/chat",
  // Only the new question travels; the server keeps the history.
  prepareSendMessagesRequest: ({ messages }) => {
    const last = messages.filter((message) => message.role === "user").at(-1)!;
    const text = messageText(last.parts);
    const quoted = last.parts.find((part) => part.type === "data-selection");
    const chapter = slugOfPath(window.location.pathname);
    return {
      body: {
        ...(active.conversationId && { conversationId: active.conversationId }),
        message: { id: last.id, text },
        ...(quoted?.type === "data-selection" && { selection: quoted.data }),
        ...(chapter && { chapter }),
        lang: langOfPath(window.location.pathname),
      },
    };
  },
});

type Props = {
  open: boolean;
  onClose: () => void;
  /** A passage to ask about, set by "Ask about this"; owned by the launcher. */
  selection: SelectionPart | null;
  onSelectionChange: (selection: SelectionPart | null) => void;
  draft?: { text: string } | null;
};

export default function ChatPanel({ open, onClose, selection, onSelectionChange: setSelection, draft }: Props) {
  const pathname = usePathname();
  const chapter = slugOfPath(pathname);
  const { data: session } = useSession();
  const [view, setView] = useState<"chat" | "history">("chat");
  const [input, setInput] = useState("");
  // A question handed over with the panel ("Explain my mistake") fills the box once, for the reader to send or edit.
  const [seenDraft, setSeenDraft] = useState<{ text: string } | null>(null);
  if (draft && draft !== seenDraft) {
    setSeenDraft(draft);
    setInput(draft.text);
  }
  // A new key starts a new chat; `history` seeds it when a past conversation is opened.
  const [chatKey, setChatKey] = useState(() => crypto.randomUUID());
  const [history, setHistory] = useState<TutorUIMessage[]>([]);
  const [conversationId, setConversationId] = useState<string | null>(null);
  const switchConversation = (id: string | null) => {
    active.conversationId = id;
    setConversationId(id);
  };
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const endRef = useRef<HTMLDivElement>(null);

  const { messages, sendMessage, status, stop, error, regenerate, clearError } = useChat<TutorUIMessage>({
    id: chatKey,
    messages: history,
    transport,
    onFinish: ({ message }) => {
      if (message.metadata?.conversationId) switchConversation(message.metadata.conversationId);
    },
  });
  // A visitor's first question waits for their guest account; the panel says so, and refuses a second send.
  const [joining, setJoining] = useState(false);
  const [joinError, setJoinError] = useState<string | null>(null);
  const busy = joining || status === "submitted" || status === "streaming";

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open, selection]);

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: "end", behavior: "smooth" });
  }, [messages]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, onClose]);

  async function send(text: string) {
    const question = text.trim();
    if (!question || busy || question.length > MESSAGE_MAX) return;
    void loadMarkdown();
    clearError();
    setJoinError(null);
    // A visitor's first question makes them a guest, so their history can be kept.
    if (!session) {
      setJoining(true);
      const joined = await sessionClient.signIn.anonymous().catch(() => ({ error: { status: 0, message: "" } }));
      setJoining(false);
      // 400: this browser is a guest already (its session just had not been read yet), so the question can go.
      if (joined.error && joined.error.status !== 400) {
        setJoinError(`Your question was not sent: ${joined.error.message || "the tutor could not be reached"}. Try again in a moment.`);
        return;
      }
    }
    const quoted = selection;
    setInput("");
    setSelection(null);
    await sendMessage({
      parts: [...(quoted ? [{ type: "data-selection" as const, data: quoted }] : []), { type: "text" as const, text: question }],
    });
  }

  function newChat() {
    void stop();
    switchConversation(null);
    setHistory([]);
    setChatKey(crypto.randomUUID());
    setSelection(null);
    setView("chat");
  }

  async function openConversation(id: string) {
    void loadMarkdown();
    const response = await fetch(`/api/conversations/${id}`);
    if (!response.ok) return;
    const { messages: stored } = (await response.json()) as { messages: TutorUIMessage[] };
    switchConversation(id);
    setHistory(stored);
    setChatKey(crypto.randomUUID());
    setView("chat");
  }

  const failure = describeChatError(error);
  const guest = !session || session.user.isAnonymous;
  const suggestions = open && messages.length === 0 ? suggestionsFor(chapter) : [];

  return (
    <aside className="chat-panel" aria-label="AI tutor" hidden={!open}>
      <header className="flex items-center gap-2 border-b border-border px-3 py-2">
        <h2 className="font-mono text-sm font-semibold text-accent">&gt;_ Tutor</h2>
        <div className="ms-auto flex items-center gap-1">
          <button type="button" className="chat-icon-button px-2 text-xs" onClick={() => setView(view === "chat" ? "history" : "chat")} aria-pressed={view === "history"}>
            History
          </button>
          <button type="button" className="chat-icon-button px-2 text-xs" onClick={newChat}>
            New chat
          </button>
          <button type="button" className="chat-icon-button" aria-label="Close the tutor" onClick={onClose}>
            ✕
          </button>
        </div>
      </header>

      {guest && (
        <p className="border-b border-border bg-bg px-3 py-2 text-xs text-muted">
          <IntentLink href={`/sign-up?next=${encodeURIComponent(pathname)}`} className="link">
            Sign up
          </IntentLink>{" "}
          to keep your history and get answers tailored to you.
        </p>
      )}

      {view === "history" ? (
        <div className="flex-1 overflow-y-auto">
          <History current={conversationId} onOpen={openConversation} onDeleted={(id) => id === conversationId && newChat()} />
        </div>
      ) : (
        <>
          <div className="flex-1 space-y-4 overflow-y-auto p-3" aria-live="polite">
            {messages.length === 0 && (
              <div className="space-y-3 text-sm">
                <p className="text-muted">Ask anything about the book. Answers cite the sections they come from.</p>
                <ul className="space-y-2" aria-label="Suggested questions">
                  {suggestions.map((suggestion) => (
                    <li key={suggestion}>
                      <button type="button" className="chat-suggestion" onClick={() => send(suggestion)}>
                        {suggestion}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {messages.map((message, index) => (
              <MessageView
                key={message.id}
                message={message}
                streaming={busy && index === messages.length - 1 && message.role === "assistant"}
                canRetry={!busy && index === messages.length - 1 && message.role === "assistant"}
                onRetry={() => regenerate()}
              />
            ))}
            {status === "submitted" && <p className="text-sm text-muted">Looking through the book…</p>}
            {joinError && (
              <div role="alert" className="rounded-md border border-danger/60 bg-danger/10 p-3 text-sm">
                <p>{joinError}</p>
              </div>
            )}
            {failure && (
              <div role="alert" className="rounded-md border border-danger/60 bg-danger/10 p-3 text-sm">
                <p>{failure.message}</p>
                {failure.retryable && (
                  <button type="button" className="btn-ghost mt-2 px-3 py-1" onClick={() => regenerate()}>
                    Retry
                  </button>
                )}
              </div>
            )}
            <div ref={endRef} />
          </div>

          <form
            className="border-t border-border p-3"
            onSubmit={(event) => {
              event.preventDefault();
              void send(input);
            }}
          >
            {selection && (
              <div className="mb-2 flex items-start gap-2 rounded-md border border-border bg-bg p-2 text-xs">
                <blockquote className="line-clamp-3 flex-1 border-s-2 border-accent ps-2 text-muted">{selection.text}</blockquote>
                <button type="button" className="chat-icon-button" aria-label="Remove the quoted selection" onClick={() => setSelection(null)}>
                  ✕
                </button>
              </div>
            )}
            <label htmlFor="tutor-input" className="sr-only">
              Your question
            </label>
            <textarea
              id="tutor-input"
              ref={inputRef}
              rows={2}
              className="input resize-none text-sm"
              placeholder={selection ? "Ask about the selected text…" : "Ask the tutor… (Enter to send, Shift+Enter for a new line)"}
              value={input}
              maxLength={MESSAGE_MAX}
              onChange={(event) => setInput(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter" && !event.shiftKey) {
                  event.preventDefault();
                  void send(input);
                }
              }}
            />
            <div className="mt-2 flex items-center justify-between gap-2">
              <span className="text-xs text-muted">{input.length > MESSAGE_MAX - 500 ? `${input.length}/${MESSAGE_MAX}` : ""}</span>
              {joining ? (
                <button type="button" className="btn-primary px-3 py-1.5" disabled aria-busy="true">
                  Sending…
                </button>
              ) : busy ? (
                <button type="button" className="btn-ghost px-3 py-1.5" onClick={() => stop()}>
                  Stop generating
                </button>
              ) : (
                <button type="submit" className="btn-primary px-3 py-1.5" disabled={!input.trim()}>
                  Send
                </button>
              )}
            </div>
          </form>
        </>
      )}
    </aside>
  );
}
