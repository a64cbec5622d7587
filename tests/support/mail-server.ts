// Test double for the mail the app sends: a real SMTP server (the app's SMTP
// transport talks to it as to any provider) that keeps each message, plus a
// small HTTP inbox so a browser test in another process can read them.
//
//   npx tsx tests/support/mail-server.ts --smtp 3101 --http 3102
import http from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; html: string; links: string[] };

const linksIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((match) => match[0]);

export async function startMailServer({ smtpPort = 0, httpPort }: { smtpPort?: number; httpPort?: number } = {}) {
  const inbox: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    // The app's transport would otherwise try STARTTLS against a self-signed certificate.
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const text = parsed.text ?? "";
          inbox.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text,
            html: typeof parsed.html === "string" ? parsed.html : "",
            links: linksIn(text),
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  const port = (smtp.server.address() as AddressInfo).port;

  let inboxServer: http.Server | undefined;
  if (httpPort !== undefined) {
    inboxServer = http.createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname !== "/messages") return res.writeHead(404).end();
      const to = url.searchParams.get("to")?.toLowerCase();
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(inbox.filter((mail) => !to || mail.to.includes(to))));
    });
    await new Promise<void>((resolve) => inboxServer!.listen(httpPort, "127.0.0.1", resolve));
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    /** The messages to `to` so far. */
    to: (address: string) => inbox.filter((mail) => mail.to.includes(address.toLowerCase())),
    /** Waits for the `index`-th message (0 = first) to `to`. */
    async waitFor(address: string, index = 0, timeoutMs = 10_000): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = inbox.filter((m) => m.to.includes(address.toLowerCase()))[index];
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no message #${index + 1} to ${address} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (inboxServer) await new Promise<void>((resolve) => inboxServer!.close(() => resolve()));
    },
  };
}

export type MailServer = Awaited<ReturnType<typeof startMailServer>>;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => Number(process.argv[process.argv.indexOf(name) + 1]);
  const server = await startMailServer({ smtpPort: arg("--smtp"), httpPort: arg("--http") });
  console.log(`Test mail server: SMTP ${server.url}, inbox http://127.0.0.1:${arg("--http")}/messages`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.close().then(() => process.exit(0)));
}
