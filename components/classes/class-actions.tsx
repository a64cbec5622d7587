"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/auth/field";

/** Sends one request; on success refreshes the page's server data, on failure returns the server's message. */
async function send(url: string, method: string, body?: unknown): Promise<string | null> {
  const response = await fetch(url, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch(() => null);
  if (response?.ok) return null;
  const parsed = (await response?.json().catch(() => null)) as { error?: string } | null;
  return parsed?.error ?? "That did not work. Please try again.";
}

function useAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = async (url: string, method: string, body?: unknown) => {
    setPending(true);
    setError(null);
    const failed = await send(url, method, body);
    setPending(false);
    if (failed) setError(failed);
    else router.refresh();
    return !failed;
  };
  return { error, pending, run };
}

export function CreateClassForm() {
  const { error, pending, run } = useAction();
  return (
    <form
      className="card space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        if (await run("/api/classes", "POST", { name: data.get("name"), term: data.get("term") })) form.reset();
      }}
    >
      <h2 className="font-semibold">Create a class</h2>
      <FormError message={error} />
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm">
          <span className="mb-1 block font-medium">Name</span>
          <input name="name" className="input" required maxLength={120} />
        </label>
        <label className="block text-sm">
          <span className="mb-1 block font-medium">Term</span>
          <input name="term" className="input" maxLength={60} placeholder="e.g. Spring 2027" />
        </label>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}

export function JoiningToggle({ classId, closed }: { classId: string; closed: boolean }) {
  const { error, pending, run } = useAction();
  return (
    <div className="space-y-1">
      <FormError message={error} />
      <button type="button" className="btn-ghost px-3 py-1" disabled={pending} onClick={() => run(`/api/classes/${classId}`, "PATCH", { joiningClosed: !closed })}>
        {closed ? "Open joining again" : "Close joining"}
      </button>
    </div>
  );
}

export function RemoveStudent({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const { error, pending, run } = useAction();
  return (
    <>
      <button
        type="button"
        className="btn-ghost px-2 py-0.5 text-xs"
        disabled={pending}
        onClick={() => {
          if (window.confirm(`Remove ${name} from this class?`)) void run(`/api/classes/${classId}/students/${userId}`, "DELETE");
        }}
      >
        Remove<span className="sr-only"> {name}</span>
      </button>
      <FormError message={error} />
    </>
  );
}

export function JoinClassForm({ code = "" }: { code?: string }) {
  const { error, pending, run } = useAction();
  const [joined, setJoined] = useState(false);
  if (joined) return <p className="card">You joined the class. It is listed on your account page.</p>;
  return (
    <form
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        if (await run("/api/classes/join", "POST", { code: data.get("code") })) setJoined(true);
      }}
    >
      <FormError message={error} />
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Join code</span>
        <input name="code" className="input font-mono uppercase" required maxLength={40} defaultValue={code} autoComplete="off" />
      </label>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Joining…" : "Join the class"}
      </button>
    </form>
  );
}

export function LeaveClass({ classId, name }: { classId: string; name: string }) {
  const { error, pending, run } = useAction();
  return (
    <>
      <button
        type="button"
        className="btn-ghost px-2 py-0.5 text-xs"
        disabled={pending}
        onClick={() => {
          if (window.confirm(`Leave ${name}?`)) void run(`/api/classes/${classId}/leave`, "POST");
        }}
      >
        Leave<span className="sr-only"> {name}</span>
      </button>
      <FormError message={error} />
    </>
  );
}
