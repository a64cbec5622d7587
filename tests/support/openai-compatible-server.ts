import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { LABELS } from "../../lib/background/options";

export type Recorded = { path: string; body: { model: string; stream?: boolean; messages: { role: string; content: unknown }[] } };

/**
 * Test double for an OpenAI-compatible server: streams chat completions as
 * SSE. The last user message steers it: "FAIL" ends the stream abruptly after
 * two pieces; "ERROR" reports an error in the stream after two pieces and ends it
 * properly; "SILENT" sends nothing after the role and "STALL" nothing after two
 * pieces, until the client goes away; "SLOW" sends a piece every 100 ms for 10 s; "LONG" sends 300
 * one-word pieces, a token per chunk as hosted models do (for bench:chat). `reply`, when it returns text,
 * answers with that instead, in pieces of 40 characters (a translation, say), `pace` ms apart; `fail`, when it
 * returns true, breaks the connection after two of them. GET /requests lists the completions asked for so far (for a spec
 * that runs the server as a process: `npx tsx tests/support/openai-compatible-server.ts --port N`).
 */
export async function startOpenAICompatibleServer({
  reply,
  fail,
  pace,
  port = 0,
}: {
  reply?: (body: Recorded["body"]) => string | undefined;
  fail?: (body: Recorded["body"]) => boolean;
  pace?: (body: Recorded["body"]) => number;
  port?: number;
} = {}) {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", async () => {
      if (req.method === "GET" && req.url === "/requests") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(requests));
        return;
      }
      const body = JSON.parse(raw || "{}") as Recorded["body"];
      requests.push({ path: req.url ?? "", body });
      if (req.url !== "/v1/chat/completions") {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
        return;
      }
      const replied = reply?.(body);
      // A scripted reply's prompt is a chapter's text, whose words ("INSTALL") must not steer it.
      const last = replied === undefined ? String(body.messages.filter((m) => m.role === "user").at(-1)?.content ?? "") : "";
      const failing = last.includes("FAIL") || Boolean(fail?.(body));
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      res.flushHeaders();
      const send = (delta: Record<string, unknown>, finish: string | null = null) =>
        res.write(
          `data: ${JSON.stringify({ id: "cmpl-1", object: "chat.completion.chunk", created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
        );
      send({ role: "assistant", content: "" });
      const silentAfter = last.includes("SILENT") ? 0 : last.includes("STALL") ? 2 : -1;
      const pieces = replied !== undefined
        ? (replied.match(/[\s\S]{1,40}/gu) ?? [])
        : last.includes("SLOW")
        ? Array.from({ length: 100 }, (_, i) => `part ${i} `)
        : last.includes("LONG")
          ? Array.from({ length: 300 }, (_, i) => (i % 40 === 39 ? "joiners [1]. " : "word "))
          : ["Durability decides ", "whether late joiners ", "get old samples [1]."];
      for (const [index, piece] of pieces.entries()) {
        if (res.destroyed) return;
        if (index === silentAfter) {
          await new Promise((resolve) => res.on("close", resolve));
          return;
        }
        send({ content: piece });
        if (failing && index === 1) {
          // Let the pieces reach the client, then drop the connection mid-answer.
          await new Promise((resolve) => setTimeout(resolve, 50));
          res.destroy();
          return;
        }
        if (last.includes("ERROR") && index === 1) {
          res.write(`data: ${JSON.stringify({ error: { message: "The model is overloaded.", type: "server_error", code: "overloaded" } })}\n\n`);
          res.end("data: [DONE]\n\n");
          return;
        }
        const wait = last.includes("SLOW") ? 100 : (pace?.(body) ?? 0);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      send({}, "stop");
      res.end("data: [DONE]\n\n");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const PERSONALISE = "You rewrite a part of a chapter";
const systemOf = (body: Recorded["body"]) => String(body.messages.find((m) => m.role === "system")?.content ?? "");

/**
 * A scripted personalisation: the part as it came, markers and all, with its first line of prose opened by a
 * sentence naming the reader's level and hardware from the prompt, so two profiles get two different chapters.
 */
export function personaliseReply(body: Recorded["body"]): string | undefined {
  const system = systemOf(body);
  if (!system.startsWith(PERSONALISE)) return undefined;
  const part = String(body.messages.find((m) => m.role === "user")?.content ?? "");
  const level = /new to programming/.test(system) ? "beginner" : /experienced programmer/.test(system) ? "advanced" : "intermediate";
  const hardware = /no NVIDIA GPU/.test(system) ? "no GPU" : /RTX workstation:/.test(system) ? "an RTX workstation" : /cloud GPU instance/.test(system) ? "a cloud GPU" : "a laptop GPU";
  const opening = system.includes("modern Urdu") ? `آپ کے لیے (${level}، ${hardware}):` : `Personalised for a ${level} reader with ${hardware}:`;
  let done = false;
  return part.replace(/^(?!⟦\d+⟧$)(?=[^\s|>*\-\d])(.+)$/gmu, (line) => {
    if (done) return line;
    done = true;
    return `${opening} ${line}`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf("--port");
  // For personalise.spec.ts, a reader's goals steer the rewrite: "Teaching others" breaks it, "Research" slows it down.
  const server = await startOpenAICompatibleServer({
    port: Number(process.argv[flag + 1]),
    reply: personaliseReply,
    fail: (body) => systemOf(body).includes(LABELS.goals.teaching),
    pace: (body) => (systemOf(body).includes(LABELS.goals.research) ? 150 : 0),
  });
  console.log(`OpenAI-compatible test server at ${server.url}`);
}
