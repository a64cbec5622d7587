import http from "node:http";
import type { AddressInfo } from "node:net";

export type ResendRequest = { authorization: string | undefined; body: { from: string; to: string[]; subject: string; text: string; html: string } };

/** Test double for Resend's HTTP API: POST /emails with a bearer key, answered like Resend answers. */
export async function startResendServer(apiKey: string) {
  const received: ResendRequest[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const reply = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (req.method !== "POST" || req.url !== "/emails") return reply(404, { name: "not_found", message: "Not found" });
      if (req.headers.authorization !== `Bearer ${apiKey}`) return reply(401, { name: "validation_error", message: "API key is invalid" });
      received.push({ authorization: req.headers.authorization, body: JSON.parse(raw) });
      reply(200, { id: crypto.randomUUID() });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
