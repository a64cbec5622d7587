import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { readOutbox } from "@/lib/email/outbox";
import { emailSender, env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The local outbox, for following emailed links while developing; a production server has no such page. */
export default async function OutboxPage() {
  const e = env();
  if (e.NODE_ENV !== "development") notFound();
  const messages = await readOutbox(e.DATA_DIR);
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-10">
      <h1 className="font-mono text-2xl font-semibold">Outbox</h1>
      <p className="text-sm text-muted">
        {emailSender(e)
          ? "A real sender is configured (SMTP_URL or RESEND_API_KEY): new messages go out and do not appear here."
          : "No sender is configured, so the app keeps each email here (and prints it to the server console) instead of sending it."}
      </p>
      {messages.length === 0 ? (
        <p className="card text-sm">No messages yet.</p>
      ) : (
        <ul className="space-y-3" aria-label="Messages">
          {messages.map((message) => (
            <li key={message.id} className="card space-y-2 text-sm">
              <p className="font-semibold">{message.subject}</p>
              <p className="text-muted">
                To {message.to} · {formatDateTime(new Date(message.sentAt))}
              </p>
              <p className="break-all">
                <a href={message.link} className="link">
                  {message.link}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
