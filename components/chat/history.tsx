"use client";

import { useCallback, useEffect, useState } from "react";
import { formatDateTime } from "@/lib/format";
import { CONVERSATION_TITLE_MAX } from "@/lib/limits";

type Item = { id: string; title: string; updatedAt: string };
type Page = { conversations: Item[]; nextCursor: string | null };

/** A page of the caller's conversations; signed-out visitors have none. Null on failure. */
async function fetchPage(after: string | null): Promise<Page | null> {
  try {
    const response = await fetch(`/api/conversations${after ? `?cursor=${encodeURIComponent(after)}` : ""}`);
    if (response.status === 401) return { conversations: [], nextCursor: null };
    return response.ok ? ((await response.json()) as Page) : null;
  } catch {
    return null;
  }
}

export function History({ current, onOpen, onDeleted }: { current: string | null; onOpen: (id: string) => void; onDeleted: (id: string) => void }) {
  const [items, setItems] = useState<Item[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "error">("loading");
  const [editing, setEditing] = useState<string | null>(null);

  const apply = useCallback((after: string | null, page: Page | null) => {
    if (!page) {
      setState("error");
      return;
    }
    setItems((existing) => (after ? [...existing, ...page.conversations] : page.conversations));
    setCursor(page.nextCursor);
    setState("ready");
  }, []);

  const load = (after: string | null) => {
    setState("loading");
    void fetchPage(after).then((page) => apply(after, page));
  };

  useEffect(() => {
    void fetchPage(null).then((page) => apply(null, page));
  }, [apply]);

  async function rename(id: string, title: string) {
    const trimmed = title.trim();
    setEditing(null);
    if (!trimmed) return;
    const response = await fetch(`/api/conversations/${id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: trimmed }),
    });
    if (response.ok) setItems((list) => list.map((item) => (item.id === id ? { ...item, title: trimmed } : item)));
  }

  async function remove(id: string, title: string) {
    if (!window.confirm(`Delete “${title}”? This cannot be undone.`)) return;
    const response = await fetch(`/api/conversations/${id}`, { method: "DELETE" });
    if (response.ok) {
      setItems((list) => list.filter((item) => item.id !== id));
      onDeleted(id);
    }
  }

  if (state === "error") {
    return (
      <div className="p-4 text-sm">
        <p className="text-danger">Could not load your conversations.</p>
        <button type="button" className="btn-ghost mt-2 px-3 py-1" onClick={() => load(null)}>
          Try again
        </button>
      </div>
    );
  }
  if (state === "ready" && items.length === 0) {
    return <p className="p-4 text-sm text-muted">No conversations yet. Ask a question to start one.</p>;
  }
  return (
    <div className="p-2">
      <ul aria-label="Your conversations" className="space-y-1">
        {items.map((item) => (
          <li key={item.id} className="group flex items-center gap-1 rounded-md hover:bg-bg" data-current={item.id === current || undefined}>
            {editing === item.id ? (
              <input
                autoFocus
                aria-label="Conversation title"
                defaultValue={item.title}
                maxLength={CONVERSATION_TITLE_MAX}
                className="input flex-1 py-1 text-sm"
                onBlur={(event) => rename(item.id, event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === "Enter") void rename(item.id, event.currentTarget.value);
                  if (event.key === "Escape") {
                    // Esc leaves the title, not the whole panel.
                    event.stopPropagation();
                    setEditing(null);
                  }
                }}
              />
            ) : (
              <button type="button" className="min-w-0 flex-1 px-3 py-2 text-start text-sm" onClick={() => onOpen(item.id)}>
                <span className="block truncate">{item.title}</span>
                <span className="block text-xs text-muted">
                  {formatDateTime(new Date(item.updatedAt))}
                </span>
              </button>
            )}
            <button type="button" className="chat-icon-button" aria-label={`Rename “${item.title}”`} onClick={() => setEditing(item.id)}>
              <EditIcon />
            </button>
            <button type="button" className="chat-icon-button" aria-label={`Delete “${item.title}”`} onClick={() => remove(item.id, item.title)}>
              <TrashIcon />
            </button>
          </li>
        ))}
      </ul>
      {state === "loading" && <p className="p-3 text-sm text-muted">Loading…</p>}
      {cursor && state === "ready" && (
        <button type="button" className="btn-ghost mt-2 w-full py-1.5" onClick={() => load(cursor)}>
          Load older conversations
        </button>
      )}
    </div>
  );
}

// Drawn rather than emoji: without an emoji font 🗑 shows as an empty box.
function TrashIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" data-icon="delete">
      <path d="M3 6h18M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2m3 0-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6m5 5v6m4-6v6" />
    </svg>
  );
}

function EditIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" data-icon="rename">
      <path d="M12 20h9M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4z" />
    </svg>
  );
}
