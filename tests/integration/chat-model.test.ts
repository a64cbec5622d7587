import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CookieJar, request } from "../support/http";
import { startOpenAICompatibleServer } from "../support/openai-compatible-server";
import { readUIStream } from "../support/ui-stream";
import { removeDir } from "../support/remove-dir";

// The real OpenAI provider path, pointed at a local OpenAI-compatible test server.
const model = await startOpenAICompatibleServer();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-model-"));
vi.stubEnv("DATABASE_URL", "");
vi.stubEnv("DATA_DIR", dataDir);
vi.stubEnv("OPENAI_BASE_URL", model.url);
vi.stubEnv("OPENAI_API_KEY", "test-key");
vi.stubEnv("OPENAI_MODEL", "local-test-model");
vi.stubEnv("MODEL_FIRST_TOKEN_TIMEOUT_SECONDS", "1");
vi.stubEnv("MODEL_IDLE_TIMEOUT_SECONDS", "0.5");

const { closeDb, getDb } = await import("@/db");
const schema = await import("@/db/schema");
const { eq } = await import("drizzle-orm");
const authRoute = await import("@/app/api/auth/[...all]/route");
const chatRoute = await import("@/app/api/chat/route");

let jar: CookieJar;
beforeAll(async () => {
  // The tutor's index is built once per process (a few seconds); not inside a test's time limit.
  await (await import("@/lib/rag")).getRetriever();
  jar = new CookieJar();
  jar.store(await authRoute.POST(request("/api/auth/sign-up/email", { body: { name: "M", email: "model@example.com", password: "correct-horse" } })));
});

afterAll(async () => {
  await closeDb();
  await model.close();
  removeDir(dataDir);
  vi.unstubAllEnvs();
});

async function answerOf(conversationId: string) {
  const db = await getDb();
  const rows = await db.select().from(schema.messages).where(eq(schema.messages.conversationId, conversationId));
  return rows.find((row) => row.role === "assistant");
}

describe("the tutor with an OpenAI-compatible model", () => {
  it("streams the model's answer through chat completions, grounded in the retrieved passages", async () => {
    const response = await chatRoute.POST(
      request("/api/chat", { jar, body: { message: { id: "q1", text: "How does transient local durability help late-joining subscribers?" } } }),
    );
    const { text, metadata } = await readUIStream(response);
    expect(text).toBe("Durability decides whether late joiners get old samples [1].");
    expect(metadata.offline).toBe(false);
    const call = model.requests.at(-1)!;
    expect(call.path).toBe("/v1/chat/completions");
    expect(call.body.model).toBe("local-test-model");
    expect(call.body.stream).toBe(true);
    const system = String(call.body.messages.find((m) => m.role === "system")?.content);
    expect(system).toMatch(/Answer ONLY from the numbered passages/);
    expect(system).toMatch(/\[1\] .+ \(\/learn\/ros2\/architecture-dds-qos#/);
    const saved = await answerOf(metadata.conversationId as string);
    expect(saved).toMatchObject({ status: "complete", parts: [{ type: "text", text }] });
  });

  it("asks the model for an Urdu answer from the Urdu passages when the reader reads the Urdu book", async () => {
    const response = await chatRoute.POST(
      request("/api/chat", { jar, body: { message: { id: "q-ur", text: "How does transient local durability help late-joining subscribers?" }, lang: "ur" } }),
    );
    const { metadata } = await readUIStream(response);
    const system = String(model.requests.at(-1)!.body.messages.find((m) => m.role === "system")?.content);
    expect(system).toMatch(/Answer in clear, modern Urdu/);
    expect(system).toMatch(/\[1\] .+ \(\/ur\/learn\/ros2\/architecture-dds-qos#/);
    expect((metadata.sources as { href: string }[])[0]!.href).toMatch(/^\/ur\/learn\//);
  });

  it("sends the earlier turns as context, and a retried question without its old answer", async () => {
    const first = await readUIStream(
      await chatRoute.POST(request("/api/chat", { jar, body: { message: { id: "r1", text: "What is a ROS 2 topic?" } } })),
    );
    const conversationId = first.metadata.conversationId as string;
    const follow = { conversationId, message: { id: "r2", text: "And what is a service?" } };
    await readUIStream(await chatRoute.POST(request("/api/chat", { jar, body: follow })));
    const turns = (call: (typeof model.requests)[number]) =>
      call.body.messages.filter((m) => m.role !== "system").map((m) => `${m.role}: ${String(m.content)}`);
    const answer = "assistant: Durability decides whether late joiners get old samples [1].";
    expect(turns(model.requests.at(-1)!)).toEqual(["user: What is a ROS 2 topic?", answer, "user: And what is a service?"]);

    await readUIStream(await chatRoute.POST(request("/api/chat", { jar, body: follow })));
    expect(turns(model.requests.at(-1)!)).toEqual(["user: What is a ROS 2 topic?", answer, "user: And what is a service?"]);
  });

  it("retrieves for a follow-up in the light of the question it follows", async () => {
    const first = await readUIStream(
      await chatRoute.POST(request("/api/chat", { jar, body: { message: { id: "f1", text: "How do I install ROS 2 Jazzy on Ubuntu 24.04?" } } })),
    );
    const follow = { conversationId: first.metadata.conversationId, message: { id: "f2", text: "and on Humble?" } };
    await readUIStream(await chatRoute.POST(request("/api/chat", { jar, body: follow })));
    const system = String(model.requests.at(-1)!.body.messages.find((m) => m.role === "system")?.content);
    // "and on Humble?" alone finds nothing to install; with the first question it finds the install section and its Humble tab.
    expect(system).toMatch(/\(\/learn\/foundations\/hardware-and-lab-setup#setting-up-ros-2-jazzy\)/);
    expect(system).toContain("ros-humble-desktop");
  });

  it("saves what arrived, marked interrupted, when the model fails mid-stream", async () => {
    const response = await chatRoute.POST(request("/api/chat", { jar, body: { message: { id: "q2", text: "FAIL while explaining QoS durability" } } }));
    const { text, chunks, metadata } = await readUIStream(response);
    // What the reader was shown before the break (text still being batched when it broke is not shown).
    expect("Durability decides whether late joiners ".startsWith(text)).toBe(true);
    expect(chunks.some((c) => c.type === "error")).toBe(true);
    const saved = await answerOf(metadata.conversationId as string);
    expect(saved).toMatchObject({ status: "interrupted", parts: text ? [{ type: "text", text }] : [] });
    // Nothing that arrived cites a passage, so no source is listed: sources are what an answer uses.
    expect(saved!.sources).toEqual([]);
    expect(metadata.status).toBe("interrupted");
  });

  it("ends the stream saying the answer was interrupted when the model reports an error, as the database does", async () => {
    for (const [id, text] of [["q5", "ERROR while explaining QoS durability"], ["q6", "FAIL while explaining QoS durability"]]) {
      const response = await chatRoute.POST(request("/api/chat", { jar, body: { message: { id, text } } }));
      const { chunks, metadata } = await readUIStream(response);
      expect(chunks.some((c) => c.type === "error")).toBe(true);
      expect(chunks.at(-1)).toMatchObject({ type: "finish", finishReason: "error", messageMetadata: { status: "interrupted" } });
      expect((await answerOf(metadata.conversationId as string))!.status).toBe("interrupted");
    }
  });

  it("saves what arrived, marked interrupted, when the reader disconnects", async () => {
    const abort = new AbortController();
    const req = request("/api/chat", { jar, body: { message: { id: "q3", text: "SLOW answer about QoS durability please" } } });
    const response = await chatRoute.POST(new Request(req, { signal: abort.signal }));
    const conversationId = response.headers.get("x-conversation-id")!;
    const reader = response.body!.getReader();
    let received = "";
    while (!received.includes("part 3 ")) received += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    await reader.cancel();
    await vi.waitFor(async () => expect(await answerOf(conversationId)).toBeDefined(), { timeout: 5000 });
    const saved = (await answerOf(conversationId))!;
    expect(saved.status).toBe("interrupted");
    const text = (saved.parts as { text: string }[])[0]!.text;
    expect(text).toMatch(/^part 0 part 1 part 2 part 3 /);
    expect(text).not.toContain("part 99");
  });

  it.each([
    ["before its first word", "SILENT about QoS durability"],
    ["between words", "STALL while explaining QoS durability"],
  ])("stops waiting for a model that goes silent %s, saves what arrived as interrupted and says so", async (_when, text) => {
    const started = Date.now();
    const { chunks, metadata, text: shown } = await readUIStream(await chatRoute.POST(request("/api/chat", { jar, body: { message: { id: `t-${text.slice(0, 5)}`, text } } })));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(chunks.some((c) => c.type === "error" && /stopped responding/.test(c.errorText ?? ""))).toBe(true);
    expect(metadata.status).toBe("interrupted");
    const saved = (await answerOf(metadata.conversationId as string))!;
    expect(saved.status).toBe("interrupted");
    expect(saved.parts).toEqual(shown ? [{ type: "text", text: shown }] : []);
  });

  it("tries again to save an answer when the database fails as the stream ends", async () => {
    const chat = await import("@/db/queries/chat");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const original = chat.saveMessage;
    const spy = vi.spyOn(chat, "saveMessage").mockImplementation(async (db, message) => {
      if (message.role === "assistant" && spy.mock.calls.filter(([, m]) => m.role === "assistant").length === 1) throw new Error("connection terminated");
      return original(db, message);
    });
    const { metadata } = await readUIStream(await chatRoute.POST(request("/api/chat", { jar, body: { message: { id: "q7", text: "Explain QoS durability" } } })));
    spy.mockRestore();
    logged.mockRestore();
    expect(metadata.saved).toBeUndefined();
    expect((await answerOf(metadata.conversationId as string))!.status).toBe("complete");
  });

  it("tells the reader, in the stream, when the answer could not be saved at all", async () => {
    const chat = await import("@/db/queries/chat");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const original = chat.saveMessage;
    const spy = vi.spyOn(chat, "saveMessage").mockImplementation(async (db, message) => {
      if (message.role === "assistant") throw new Error("connection terminated");
      return original(db, message);
    });
    const { chunks, metadata } = await readUIStream(await chatRoute.POST(request("/api/chat", { jar, body: { message: { id: "q8", text: "Explain QoS durability" } } })));
    spy.mockRestore();
    logged.mockRestore();
    expect(metadata.saved).toBe(false);
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { saved: false } });
    expect(await answerOf(metadata.conversationId as string)).toBeUndefined();
  });

  it("answers 503 with a message, not a stack, when the database fails", async () => {
    const chat = await import("@/db/queries/chat");
    const spy = vi.spyOn(chat, "getHistory").mockRejectedValueOnce(new Error("connection terminated unexpectedly"));
    const response = await chatRoute.POST(
      request("/api/chat", { jar, body: { conversationId: crypto.randomUUID(), message: { id: "q4", text: "Hello?" } } }),
    );
    spy.mockRestore();
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/temporarily unavailable/);
    expect(JSON.stringify(body)).not.toMatch(/connection terminated|at \w+ \(/);
  });
});
