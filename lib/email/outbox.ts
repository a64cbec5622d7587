import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { EmailMessage } from "./messages";

// Without a sender, messages land here: the developer follows their links from
// the console or from /dev/outbox, and nothing leaves the machine.

const storedMessage = z.object({
  id: z.string(),
  sentAt: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  link: z.string(),
});
export type OutboxMessage = z.infer<typeof storedMessage>;

const outboxDir = (dataDir: string) => path.resolve(dataDir, "outbox");

export async function storeInOutbox(dataDir: string, message: EmailMessage): Promise<void> {
  const sentAt = new Date().toISOString();
  const id = `${sentAt.replace(/[:.]/g, "-")}-${crypto.randomUUID().slice(0, 8)}`;
  const stored: OutboxMessage = { id, sentAt, to: message.to, subject: message.subject, text: message.text, link: message.link };
  await fs.mkdir(outboxDir(dataDir), { recursive: true });
  await fs.writeFile(path.join(outboxDir(dataDir), `${id}.json`), JSON.stringify(stored, null, 2));
  console.log(`[outbox] To ${message.to}: ${message.subject}\n[outbox] ${message.link}`);
}

/** The newest messages first; files that are not outbox messages are skipped. */
export async function readOutbox(dataDir: string, limit = 50): Promise<OutboxMessage[]> {
  const names = await fs.readdir(outboxDir(dataDir)).catch(() => [] as string[]);
  const newest = names.filter((name) => name.endsWith(".json")).sort().reverse().slice(0, limit);
  const messages = await Promise.all(
    newest.map(async (name) => {
      const parsed = storedMessage.safeParse(JSON.parse(await fs.readFile(path.join(outboxDir(dataDir), name), "utf8").catch(() => "null")));
      return parsed.success ? parsed.data : null;
    }),
  );
  return messages.filter((message): message is OutboxMessage => message !== null);
}
