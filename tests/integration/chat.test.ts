import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CookieJar, request } from "../support/http";
import { validBackground } from "../support/fixtures";
import { readUIStream } from "../support/ui-stream";
import { removeDir } from "../support/remove-dir";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-"));
vi.stubEnv("DATABASE_URL", "");
vi.stubEnv("DATA_DIR", dataDir);
vi.stubEnv("CHAT_MESSAGES_PER_HOUR", "6");
vi.stubEnv("GUEST_MESSAGES_PER_HOUR", "3");
vi.stubEnv("GUEST_ADDRESS_MESSAGES_PER_HOUR", "4");
vi.stubEnv("CRON_SECRET", "cron-secret-for-tests");
// The tests stand in for a proxy that sets X-Forwarded-For (their `ip`).
vi.stubEnv("TRUSTED_PROXY_HEADER", "x-forwarded-for");
// The offline tutor answers: no model is configured.
delete process.env.OPENAI_API_KEY;
delete process.env.OPENAI_BASE_URL;

const { closeDb, getDb } = await import("@/db");
const schema = await import("@/db/schema");
const authRoute = await import("@/app/api/auth/[...all]/route");
const chatRoute = await import("@/app/api/chat/route");
const listRoute = await import("@/app/api/conversations/route");
const conversationRoute = await import("@/app/api/conversations/[id]/route");
const backgroundRoute = await import("@/app/api/background/route");
const feedbackRoute = await import("@/app/api/messages/[id]/feedback/route");
const { OFFLINE_NOTICE, NOT_COVERED, OFF_TOPIC, SELECTION_DOES_NOT_ANSWER } = await import("@/lib/ai/refusals");
const { eq } = await import("drizzle-orm");

afterAll(async () => {
  await closeDb();
  removeDir(dataDir);
  vi.unstubAllEnvs();
});

let seq = 0;
const messageId = () => `m${Date.now()}${seq++}`;

async function signUp(email: string) {
  const jar = new CookieJar();
  const response = jar.store(await authRoute.POST(request("/api/auth/sign-up/email", { body: { name: "Learner", email, password: "correct-horse" }, ip: `198.18.0.${seq++ % 250}` })));
  expect(response.status).toBe(200);
  return jar;
}

const ask = (jar: CookieJar | undefined, body: Record<string, unknown>) =>
  chatRoute.POST(request("/api/chat", { body, jar }));

const conversationCall = (method: string, id: string, jar: CookieJar, body?: unknown) => {
  const req = request(`/api/conversations/${id}`, { method, jar, body });
  const ctx = { params: Promise.resolve({ id }) };
  return method === "GET" ? conversationRoute.GET(req, ctx) : method === "PATCH" ? conversationRoute.PATCH(req, ctx) : conversationRoute.DELETE(req, ctx);
};

const rate = (id: string, jar: CookieJar, body: unknown) =>
  feedbackRoute.PUT(request(`/api/messages/${id}/feedback`, { method: "PUT", jar, body }), { params: Promise.resolve({ id }) });

let alice: CookieJar;
let bob: CookieJar;
beforeAll(async () => {
  // The tutor's index is built once per process (a few seconds); not inside a test's time limit.
  await (await import("@/lib/rag")).getRetriever();
  alice = await signUp("alice-chat@example.com");
  bob = await signUp("bob-chat@example.com");
});

describe("the tutor, offline", () => {
  let conversationId: string;

  it("streams a cited answer from the book and saves both messages with the sources", async () => {
    const question = { id: messageId(), text: "How does transient local durability help a late-joining subscriber?" };
    const response = await ask(alice, { message: question, chapter: "ros2/architecture-dds-qos" });
    expect(response.status).toBe(200);
    expect(response.headers.get("server-timing")).toMatch(/auth;dur=[\d.]+, retrieval;dur=[\d.]+, pre-model;dur=[\d.]+/);
    const { text, metadata } = await readUIStream(response);
    expect(text.startsWith(OFFLINE_NOTICE)).toBe(true);
    expect(text).toMatch(/\[1\]/);
    const sources = metadata.sources as { n: number; href: string; chapter: string }[];
    expect(sources.length).toBeGreaterThan(0);
    expect(sources[0]).toMatchObject({ n: 1, href: expect.stringMatching(/^\/learn\/.+#.+/) });
    conversationId = metadata.conversationId as string;

    const db = await getDb();
    const [conversation] = await db.select().from(schema.conversations).where(eq(schema.conversations.id, conversationId));
    expect(conversation!.title).toBe(question.text.slice(0, 57).trimEnd() + "…");
    const saved = await db.select().from(schema.messages).where(eq(schema.messages.conversationId, conversationId));
    expect(saved.map((m) => m.role).sort()).toEqual(["assistant", "user"]);
    const answer = saved.find((m) => m.role === "assistant")!;
    expect(answer.status).toBe("complete");
    expect((answer.parts as { text: string }[])[0]!.text).toBe(text);
    expect(answer.sources).toEqual(sources);
  });

  it("answers a reader of the Urdu book from the Urdu text of the sections it finds, citing the Urdu sections", async () => {
    const { OFFLINE_NOTICE_UR } = await import("@/lib/ai/offline/urdu");
    // A reader of their own: the others' hourly allowances are counted by the tests below.
    const reader = await signUp("urdu-chat@example.com");
    const english = { id: messageId(), text: "How does transient local durability help a late-joining subscriber?" };
    const response = await ask(reader, { message: english, chapter: "ros2/architecture-dds-qos", lang: "ur" });
    const { text, metadata } = await readUIStream(response);
    expect(text.startsWith(OFFLINE_NOTICE_UR)).toBe(true);
    // Quoted from content/ur, with its citation.
    expect(text).toMatch(/[\u0600-\u06FF]{3,}.*\[1\]/s);
    const sources = metadata.sources as { href: string; title: string }[];
    expect(sources[0]!.href).toMatch(/^\/ur\/learn\/.+#.+/);

    // A question written in Urdu, from the English book, is looked up in the Urdu text and answered in Urdu.
    const urdu = { id: messageId(), text: "durability کی پالیسی دیر سے آنے والے subscriber کی کیسے مدد کرتی ہے؟" };
    const asked = await readUIStream(await ask(reader, { message: urdu, chapter: "ros2/architecture-dds-qos", lang: "en" }));
    expect(asked.text.startsWith(OFFLINE_NOTICE_UR)).toBe(true);
    expect((asked.metadata.sources as { href: string }[])[0]!.href).toMatch(/^\/ur\/learn\/ros2\//);

    // And a refusal is in Urdu too.
    const offTopic = await readUIStream(await ask(reader, { message: { id: messageId(), text: "What is the share price of NVIDIA today?" }, lang: "ur" }));
    expect(offTopic.text).toMatch(/^یہ اس کورس سے باہر ہے/);
  });

  it("continues the same conversation and returns its history in order", async () => {
    const response = await ask(alice, { conversationId, message: { id: messageId(), text: "Which QoS policy decides whether lost messages are resent?" } });
    await readUIStream(response);
    const history = (await (await conversationCall("GET", conversationId, alice)).json()) as { messages: { role: string; metadata: { sources: unknown[] } }[] };
    expect(history.messages.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(history.messages[1]!.metadata.sources.length).toBeGreaterThan(0);
  });

  it("refuses an off-topic question politely instead of guessing, with no passages attached", async () => {
    const recipe = await readUIStream(await ask(alice, { message: { id: messageId(), text: "What is a good recipe for vegetarian lasagna?" } }));
    expect(recipe.text).toBe(OFF_TOPIC);
    expect(recipe.metadata.sources).toEqual([]);
    // Another reader: Alice's hourly allowance is counted by the tests below.
    const carol = await signUp("carol-chat@example.com");
    const unknown = await readUIStream(await ask(carol, { message: { id: messageId(), text: "Who painted the Girl with a Pearl Earring?" } }));
    expect(unknown.text).toBe(NOT_COVERED);
    expect(unknown.metadata.sources).toEqual([]);
  });

  it("answers only from a selection, and says when the selection does not answer", async () => {
    const selection = {
      text: "The zero moment point is the point on the ground where the net moment of the inertial and gravity forces has no horizontal component. Keeping it inside the support polygon keeps the foot flat.",
      chapter: "humanoid/bipedal-locomotion-balance",
    };
    const inside = await readUIStream(await ask(alice, { message: { id: messageId(), text: "Why keep the zero moment point inside the support polygon?" }, selection }));
    expect(inside.text).toMatch(/support polygon.*\[1\]/s);
    expect(inside.metadata.sources).toEqual([expect.objectContaining({ n: 1, chapter: "humanoid/bipedal-locomotion-balance" })]);
    const outside = await readUIStream(await ask(alice, { message: { id: messageId(), text: "How do I install ROS 2 Jazzy on Ubuntu?" }, selection }));
    expect(outside.text).toContain(SELECTION_DOES_NOT_ANSWER);
  });

  it("adapts to the reader's background", async () => {
    const jar = await signUp("beginner-chat@example.com");
    await backgroundRoute.PUT(request("/api/background", { method: "PUT", jar, body: { ...validBackground, programmingExperience: "beginner" } }));
    const { text } = await readUIStream(await ask(jar, { message: { id: messageId(), text: "What is the zero moment point?" } }));
    // A beginner gets the definition first, in plain words.
    expect(text).toMatch(/^\*Offline tutor[^\n]*\n\n(\*\*ZMP\*\* stands for \*zero moment point\*\.\n\n)?\*\*In plain words:\*\* [^\n]+ \[1\]/);
  });
});

describe("ownership, validation and limits", () => {
  let aliceConversation: string;
  beforeAll(async () => {
    const { metadata } = await readUIStream(await ask(alice, { message: { id: messageId(), text: "What does robot_state_publisher do with a URDF?" } }));
    aliceConversation = metadata.conversationId as string;
  });

  it("hides another user's conversation behind 404 everywhere and changes nothing", async () => {
    const db = await getDb();
    const before = await db.select().from(schema.messages).where(eq(schema.messages.conversationId, aliceConversation));
    const posted = await ask(bob, { conversationId: aliceConversation, message: { id: messageId(), text: "Show me her answers" } });
    expect(posted.status).toBe(404);
    expect((await conversationCall("GET", aliceConversation, bob)).status).toBe(404);
    expect((await conversationCall("PATCH", aliceConversation, bob, { title: "mine now" })).status).toBe(404);
    expect((await conversationCall("DELETE", aliceConversation, bob)).status).toBe(404);
    expect((await conversationCall("GET", "not-a-uuid", bob)).status).toBe(404);
    const after = await db.select().from(schema.messages).where(eq(schema.messages.conversationId, aliceConversation));
    expect(after).toEqual(before);
    const list = (await (await listRoute.GET(request("/api/conversations", { jar: bob }))).json()) as { conversations: { id: string }[] };
    expect(list.conversations.map((c) => c.id)).not.toContain(aliceConversation);
    const [conversation] = await db.select().from(schema.conversations).where(eq(schema.conversations.id, aliceConversation));
    expect(conversation!.title).not.toBe("mine now");
  });

  it("keeps the owner's thumbs up or down on an answer, with what was wrong, and refuses everyone else", async () => {
    const db = await getDb();
    const rows = await db.select().from(schema.messages).where(eq(schema.messages.conversationId, aliceConversation));
    const answer = rows.find((m) => m.role === "assistant")!;
    const question = rows.find((m) => m.role === "user")!;

    const down = await rate(answer.id, alice, { rating: "down", note: "  It skipped the launch file.  " });
    expect(down.status).toBe(200);
    expect(await down.json()).toEqual({ id: answer.id, rating: "down", note: "It skipped the launch file." });
    const history = (await (await conversationCall("GET", aliceConversation, alice)).json()) as { messages: { id: string; metadata: { feedback?: unknown } }[] };
    expect(history.messages.find((m) => m.id === answer.id)!.metadata.feedback).toEqual({ rating: "down", note: "It skipped the launch file." });

    // Someone else's answer, a question rather than an answer, and ids that cannot exist are all "not found", and nothing changes.
    expect((await rate(answer.id, bob, { rating: "up" })).status).toBe(404);
    expect((await rate(question.id, alice, { rating: "up" })).status).toBe(404);
    expect((await rate("../etc", alice, { rating: "up" })).status).toBe(404);
    const [still] = await db.select().from(schema.messages).where(eq(schema.messages.id, answer.id));
    expect(still).toMatchObject({ feedbackRating: "down", feedbackNote: "It skipped the launch file." });

    const bad = await rate(answer.id, alice, { rating: "meh" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: Record<string, string> }).fields).toHaveProperty("rating");
    expect((await rate(answer.id, alice, { rating: "down", note: "x".repeat(501) })).status).toBe(400);

    expect((await rate(answer.id, alice, { rating: null })).status).toBe(200);
    const [cleared] = await db.select().from(schema.messages).where(eq(schema.messages.id, answer.id));
    expect(cleared).toMatchObject({ feedbackRating: null, feedbackNote: null, feedbackAt: null });
  });

  it("lets the owner rename and delete, newest first in the list", async () => {
    expect((await conversationCall("PATCH", aliceConversation, alice, { title: "URDF questions" })).status).toBe(200);
    const list = (await (await listRoute.GET(request("/api/conversations", { jar: alice }))).json()) as { conversations: { id: string; title: string }[] };
    expect(list.conversations[0]).toMatchObject({ id: aliceConversation, title: "URDF questions" });
    expect((await conversationCall("PATCH", aliceConversation, alice, { title: "" })).status).toBe(400);
    expect((await conversationCall("DELETE", aliceConversation, alice)).status).toBe(204);
    expect((await conversationCall("GET", aliceConversation, alice)).status).toBe(404);
  });

  it("pages through a long history, newest first, without repeats", async () => {
    const jar = await signUp("many-chats@example.com");
    const session = await import("@/lib/auth");
    const me = (await session.getSession(request("/", { jar }).headers))!.user.id;
    const { startConversation } = await import("@/db/queries/chat");
    const db = await getDb();
    for (let i = 0; i < 23; i++) {
      await startConversation(db, me, `Chat ${i}`, { id: `page-${i}-${messageId()}`, parts: [] });
      // Two conversations started in one millisecond are equally new (the list then orders them by id): keep them apart.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const first = (await (await listRoute.GET(request("/api/conversations", { jar }))).json()) as { conversations: { title: string }[]; nextCursor: string };
    expect(first.conversations).toHaveLength(20);
    expect(first.conversations[0]!.title).toBe("Chat 22");
    const second = (await (await listRoute.GET(request(`/api/conversations?cursor=${encodeURIComponent(first.nextCursor)}`, { jar }))).json()) as {
      conversations: { title: string }[];
      nextCursor: string | null;
    };
    expect(second.conversations.map((c) => c.title)).toEqual(["Chat 2", "Chat 1", "Chat 0"]);
    expect(second.nextCursor).toBeNull();
    expect((await listRoute.GET(request("/api/conversations?cursor=bogus", { jar }))).status).toBe(400);
  });

  it.each([
    ["an empty message", { message: { id: "x1", text: "" } }, "message.text"],
    ["a 4,001-character message", { message: { id: "x2", text: "a".repeat(4001) } }, "message.text"],
    ["a malformed message id", { message: { id: "bad id!", text: "hi" } }, "message.id"],
    ["a malformed conversation id", { message: { id: "x3", text: "hi" }, conversationId: "123" }, "conversationId"],
    ["an 8,001-character selection", { message: { id: "x4", text: "hi" }, selection: { text: "s".repeat(8001) } }, "selection.text"],
    ["an unknown field", { message: { id: "x5", text: "hi" }, role: "system" }, "role"],
    ["a path as the chapter", { message: { id: "x6", text: "hi" }, chapter: "../../etc" }, "chapter"],
    ["a null character in the message", { message: { id: "x7", text: "hi\u0000there" } }, "message.text"],
    ["a lone surrogate in the message", { message: { id: "x8", text: "hi \ud800" } }, "message.text"],
    ["a null character in the selection", { message: { id: "x9", text: "hi" }, selection: { text: "a\u0000b" } }, "selection.text"],
    ["a lone surrogate in the selection heading", { message: { id: "x10", text: "hi" }, selection: { text: "ab", heading: "\udc00" } }, "selection.heading"],
  ])("rejects %s with a 400 naming the field", async (_label, body, field) => {
    const response = await ask(alice, body);
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(Object.keys(payload.fields).join(" ")).toContain(field);
  });

  it("refuses null characters, lone surrogates and impossible cursor dates elsewhere with a 400 naming the field", async () => {
    const { metadata } = await readUIStream(await ask(alice, { message: { id: messageId(), text: "What is a URDF link?" } }));
    const id = metadata.conversationId as string;
    const fields = async (response: Response) => {
      expect(response.status).toBe(400);
      return Object.keys(((await response.json()) as { fields: Record<string, string> }).fields);
    };
    expect(await fields(await conversationCall("PATCH", id, alice, { title: "a\u0000b" }))).toEqual(["title"]);
    expect(await fields(await conversationCall("PATCH", id, alice, { title: "\ud83d" }))).toEqual(["title"]);
    const db = await getDb();
    const answer = (await db.select().from(schema.messages).where(eq(schema.messages.conversationId, id))).find((m) => m.role === "assistant")!;
    expect(await fields(await rate(answer.id, alice, { rating: "down", note: "bad\u0000" }))).toEqual(["note"]);
    const background = await backgroundRoute.PUT(request("/api/background", { method: "PUT", jar: alice, body: { ...validBackground, goalsNote: "x\udfff" } }));
    expect(await fields(background)).toEqual(["goalsNote"]);
    const cursor = encodeURIComponent(`2026-13-45T99:99:99Z_${crypto.randomUUID()}`);
    expect(await fields(await listRoute.GET(request(`/api/conversations?cursor=${cursor}`, { jar: alice })))).toEqual(["cursor"]);

    const renamed = await authRoute.POST(request("/api/auth/update-user", { body: { name: "Al\u0000ice" }, jar: alice }));
    expect(renamed.status).toBe(400);
    expect(((await renamed.json()) as { message: string }).message).toMatch(/^Invalid name: must not contain null characters/);
  });

  it("asks for a session", async () => {
    const response = await ask(undefined, { message: { id: messageId(), text: "hello" } });
    expect(response.status).toBe(401);
  });

  it("counts a retried question against the hourly limit, so resending one message id is not free", async () => {
    const jar = await signUp("retry-chat@example.com");
    const question = { id: messageId(), text: "What is a URDF joint?" };
    const { metadata } = await readUIStream(await ask(jar, { message: question }));
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await ask(jar, { conversationId: metadata.conversationId, message: question });
      statuses.push(response.status);
      await (response.status === 200 ? readUIStream(response) : response.text());
    }
    // Six an hour: the first question and five retries, then 429.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });

  it("limits questions per hour, lower for guests, with when to retry", async () => {
    const guest = new CookieJar();
    expect(guest.store(await authRoute.POST(request("/api/auth/sign-in/anonymous", { body: {}, ip: "198.18.1.1" }))).status).toBe(200);
    for (let i = 0; i < 3; i++) await readUIStream(await ask(guest, { message: { id: messageId(), text: "What is a URDF joint?" } }));
    const limited = await ask(guest, { message: { id: messageId(), text: "What is a URDF link?" } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(((await limited.json()) as { error: string }).error).toMatch(/3 questions in the last hour as a guest.*sign up/);
  });
});

describe("guests", () => {
  const newGuest = async (ip: string) => {
    const jar = new CookieJar();
    expect(jar.store(await authRoute.POST(request("/api/auth/sign-in/anonymous", { body: {}, ip }))).status).toBe(200);
    return jar;
  };
  const askFrom = (jar: CookieJar, ip: string) =>
    chatRoute.POST(request("/api/chat", { jar, ip, body: { message: { id: messageId(), text: "What is a URDF joint?" } } }));

  it("share one hourly allowance per address, so new guest accounts bring no fresh questions", async () => {
    const first = await newGuest("198.18.3.3");
    for (let i = 0; i < 3; i++) expect((await readUIStream(await askFrom(first, "198.18.3.3"))).metadata.status).toBe("complete");
    const second = await newGuest("198.18.3.3");
    expect((await askFrom(second, "198.18.3.3")).status).toBe(200);
    const refused = await askFrom(second, "198.18.3.3");
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Guests at your address have asked 4 questions this hour/);
    const elsewhere = await newGuest("198.18.3.4");
    expect((await askFrom(elsewhere, "198.18.3.4")).status).toBe(200);
  });

  it("are created up to 100 an hour per address: a class gets in, an endless supply does not", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 101; i++) {
      statuses.push((await authRoute.POST(request("/api/auth/sign-in/anonymous", { body: {}, ip: "198.18.4.4" }))).status);
    }
    expect(statuses.slice(0, 100).every((status) => status === 200)).toBe(true);
    expect(statuses[100]).toBe(429);
  });

  it("are deleted by the scheduled route once idle, with what they owned; active guests and members stay", async () => {
    const cron = await import("@/app/api/cron/idle-guests/route");
    const db = await getDb();
    const idle = await newGuest("198.18.5.5");
    const { metadata } = await readUIStream(await askFrom(idle, "198.18.5.5"));
    const active = await newGuest("198.18.5.6");
    const me = async (jar: CookieJar) => (await (await import("@/lib/auth")).getSession(request("/", { jar }).headers))!.user.id;
    const idleId = await me(idle);
    const activeId = await me(active);
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    await db.update(schema.user).set({ updatedAt: longAgo }).where(eq(schema.user.id, idleId));
    await db.update(schema.session).set({ updatedAt: longAgo }).where(eq(schema.session.userId, idleId));
    await db.update(schema.conversations).set({ updatedAt: longAgo }).where(eq(schema.conversations.userId, idleId));

    expect((await cron.GET(request("/api/cron/idle-guests"))).status).toBe(401);
    const swept = await cron.GET(new Request("http://localhost:3000/api/cron/idle-guests", { headers: { authorization: "Bearer cron-secret-for-tests" } }));
    expect(swept.status).toBe(200);
    expect(((await swept.json()) as { deleted: number }).deleted).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(schema.user).where(eq(schema.user.id, idleId))).toEqual([]);
    expect(await db.select().from(schema.conversations).where(eq(schema.conversations.id, metadata.conversationId as string))).toEqual([]);
    expect(await db.select().from(schema.user).where(eq(schema.user.id, activeId))).toHaveLength(1);
    expect((await db.select().from(schema.user).where(eq(schema.user.isAnonymous, false))).length).toBeGreaterThan(0);
  });

  it("keep their conversations when they sign up", async () => {
    const guest = new CookieJar();
    guest.store(await authRoute.POST(request("/api/auth/sign-in/anonymous", { body: {}, ip: "198.18.2.2" })));
    const { metadata } = await readUIStream(await ask(guest, { message: { id: messageId(), text: "What is Gazebo Harmonic?" } }));
    await readUIStream(await ask(guest, { message: { id: messageId(), text: "What is a URDF joint?" } }));
    const listed = async () =>
      ((await (await listRoute.GET(request("/api/conversations", { jar: guest }))).json()) as { conversations: { id: string; updatedAt: string }[] })
        .conversations;
    const asGuest = await listed();
    const signedUp = guest.store(
      await authRoute.POST(request("/api/auth/sign-up/email", { body: { name: "Now Real", email: "guest-linked@example.com", password: "correct-horse" }, jar: guest, ip: "198.18.2.2" })),
    );
    expect(signedUp.status).toBe(200);
    const asMember = await listed();
    expect(asMember.map((c) => c.id)).toContain(metadata.conversationId);
    expect(asMember).toEqual(asGuest);
  });
});

describe("request bodies", () => {
  const MB = 1024 * 1024;
  /** A body of `bytes` that counts how much of it the server pulls. */
  function streamedBody(bytes: number) {
    const chunk = new TextEncoder().encode(`{"message":{"id":"big","text":"${"a".repeat(16 * 1024 - 30)}`);
    const state = { pulled: 0 };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (state.pulled >= bytes) return controller.close();
        state.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return { stream, state };
  }
  const post = (jar: CookieJar | undefined, body: ReadableStream<Uint8Array>, length?: number, path = "/api/chat") => {
    const headers = new Headers({ "content-type": "application/json", origin: "http://localhost:3000" });
    if (length !== undefined) headers.set("content-length", String(length));
    const cookie = jar?.header();
    if (cookie) headers.set("cookie", cookie);
    const req = new Request(`http://localhost:3000${path}`, { method: "POST", headers, body, duplex: "half" } as RequestInit);
    return path === "/api/chat" ? chatRoute.POST(req) : authRoute.POST(req);
  };

  it("refuses a body whose Content-Length is too large with 413, before reading it or checking the session", async () => {
    const { stream, state } = streamedBody(100 * MB);
    const response = await post(undefined, stream, 100 * MB);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/at most 64 KB/);
    expect(state.pulled).toBeLessThan(MB);
  });

  it("stops reading a streamed body at the limit and answers 413", async () => {
    const { stream, state } = streamedBody(10 * MB);
    const response = await post(alice, stream);
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThan(MB);
  });

  it("limits bodies sent to the auth endpoints too", async () => {
    const declared = streamedBody(100 * MB);
    expect((await post(undefined, declared.stream, 100 * MB, "/api/auth/sign-in/email")).status).toBe(413);
    const streamed = streamedBody(10 * MB);
    expect((await post(undefined, streamed.stream, undefined, "/api/auth/sign-in/email")).status).toBe(413);
    expect(streamed.state.pulled).toBeLessThan(MB);
  });

  it("checks the session before reading a body", async () => {
    const { stream, state } = streamedBody(10 * MB);
    const response = await post(undefined, stream);
    expect(response.status).toBe(401);
    expect(state.pulled).toBeLessThan(MB);
  });
});

describe("cross-site requests", () => {
  const raw = (path: string, method: string, headers: Record<string, string>, body?: string) =>
    new Request(`http://localhost:3000${path}`, { method, headers: { cookie: alice.header(), ...headers }, body });
  const conversationCount = async () => (await (await getDb()).select().from(schema.conversations)).length;

  it("refuses a text/plain form post from another port of the same site, and creates nothing", async () => {
    const before = await conversationCount();
    // What <form enctype="text/plain" action="http://localhost:3000/api/chat"> on localhost:3001 sends.
    const body = JSON.stringify({ message: { id: messageId(), text: "What is a URDF joint?" } });
    const forged = await chatRoute.POST(raw("/api/chat", "POST", { origin: "http://localhost:3001", "content-type": "text/plain" }, body));
    expect(forged.status).toBe(403);
    const json = await chatRoute.POST(raw("/api/chat", "POST", { origin: "http://localhost:3001", "content-type": "application/json" }, body));
    expect(json.status).toBe(403);
    const sameOrigin = await chatRoute.POST(raw("/api/chat", "POST", { origin: "http://localhost:3000", "content-type": "text/plain" }, body));
    expect(sameOrigin.status).toBe(415);
    const noOrigin = await chatRoute.POST(raw("/api/chat", "POST", { "content-type": "application/x-www-form-urlencoded" }, "message=hi"));
    expect(noOrigin.status).toBe(415);
    expect(await conversationCount()).toBe(before);
  });

  it("refuses renames and deletes from another origin, and accepts JSON from a client that sends no Origin", async () => {
    const me = (await (await import("@/lib/auth")).getSession(request("/", { jar: alice }).headers))!.user.id;
    const { startConversation } = await import("@/db/queries/chat");
    const { id } = (await startConversation(await getDb(), me, "To rename", { id: messageId(), parts: [] }))!;
    const ctx = { params: Promise.resolve({ id }) };
    const rename = (headers: Record<string, string>) =>
      conversationRoute.PATCH(raw(`/api/conversations/${id}`, "PATCH", headers, JSON.stringify({ title: "Renamed" })), ctx);
    expect((await rename({ origin: "https://evil.example", "content-type": "application/json" })).status).toBe(403);
    expect((await conversationRoute.DELETE(raw(`/api/conversations/${id}`, "DELETE", { origin: "null" }), ctx)).status).toBe(403);
    expect((await rename({ "content-type": "application/json; charset=utf-8" })).status).toBe(200);
    // As the panel's fetch sends it: the page's own Origin, no content type, an empty body.
    expect((await conversationRoute.DELETE(raw(`/api/conversations/${id}`, "DELETE", { origin: "http://localhost:3000" }, ""), ctx)).status).toBe(204);
  });
});

describe("ended sessions", () => {
  const exportRoute = import("@/app/api/account/export/route");
  /** Every route with the reader's data, as the holder of `jar` would call it: all must refuse an ended session. */
  async function statuses(jar: CookieJar) {
    const list = await listRoute.GET(request("/api/conversations", { jar }));
    const exported = await (await exportRoute).GET(request("/api/account/export", { jar }));
    const background = await backgroundRoute.GET(request("/api/background", { jar }));
    const asked = await ask(jar, { message: { id: messageId(), text: "What is a URDF joint?" } });
    await (asked.ok ? readUIStream(asked) : asked.text());
    return [list.status, exported.status, background.status, asked.status];
  }
  const questionsOf = async (email: string) => {
    const db = await getDb();
    const [owner] = await db.select().from(schema.user).where(eq(schema.user.email, email));
    const rows = await db.select().from(schema.conversations).where(eq(schema.conversations.userId, owner!.id));
    return rows.length;
  };

  it("are refused on their next request after sign-out, with the cookies copied before it", async () => {
    const jar = await signUp("signed-out@example.com");
    expect(await statuses(jar)).toEqual([200, 200, 200, 200]);
    const copied = jar.clone();
    jar.store(await authRoute.POST(request("/api/auth/sign-out", { body: {}, jar })));
    const before = await questionsOf("signed-out@example.com");
    expect(await statuses(copied)).toEqual([401, 401, 401, 401]);
    expect(await questionsOf("signed-out@example.com")).toBe(before);
    const refused = await listRoute.GET(request("/api/conversations", { jar: copied }));
    expect(((await refused.json()) as { error: string }).error).toMatch(/signed out/);
    // The page's own session check (the header's account menu) says signed out too, not the cookie's cached copy.
    const checked = await authRoute.GET(request("/api/auth/get-session", { jar: copied }));
    expect(await checked.json()).toBeNull();
  });

  it("are refused once revoked from another session, or when the password change revokes the others", async () => {
    const first = await signUp("revoked@example.com");
    const second = new CookieJar();
    const signIn = () => authRoute.POST(request("/api/auth/sign-in/email", { body: { email: "revoked@example.com", password: "correct-horse" }, jar: second, ip: "198.18.9.9" }));
    expect(second.store(await signIn()).status).toBe(200);
    expect((await statuses(second))[0]).toBe(200);
    expect((await authRoute.POST(request("/api/auth/revoke-other-sessions", { body: {}, jar: first }))).status).toBe(200);
    expect(await statuses(second)).toEqual([401, 401, 401, 401]);

    const third = new CookieJar();
    expect(third.store(await authRoute.POST(request("/api/auth/sign-in/email", { body: { email: "revoked@example.com", password: "correct-horse" }, jar: third, ip: "198.18.9.10" }))).status).toBe(200);
    const changed = await authRoute.POST(
      request("/api/auth/change-password", { body: { currentPassword: "correct-horse", newPassword: "battery-staple", revokeOtherSessions: true }, jar: first }),
    );
    expect(first.store(changed).status).toBe(200);
    expect(await statuses(third)).toEqual([401, 401, 401, 401]);
  });
});
