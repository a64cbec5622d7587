import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { BackgroundInput } from "@/lib/background/schema";
import type { PersonaliseEvent } from "@/lib/personalise/events";
import { validBackground } from "../support/fixtures";
import { CookieJar, request } from "../support/http";
import { personaliseReply, startOpenAICompatibleServer, type Recorded } from "../support/openai-compatible-server";
import { removeDir } from "../support/remove-dir";

// POST /api/personalise with a model: the real provider path against the OpenAI-compatible test server, whose
// scripted rewrite keeps every marker; a test breaks it for one section, or drops the connection, through `sabotage`.
let sabotage: "drop-a-code-block" | "fail" | null = null;
const partOf = (body: Recorded["body"]) => String(body.messages.find((m) => m.role === "user")?.content ?? "");
const model = await startOpenAICompatibleServer({
  reply: (body) => {
    const rewrite = personaliseReply(body);
    // The "Quality of Service" section's first code block goes missing.
    if (rewrite && sabotage === "drop-a-code-block" && partOf(body) === qos.text) return rewrite.replace(qosCode, "");
    return rewrite;
  },
  fail: () => sabotage === "fail",
});
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "personalise-"));
vi.stubEnv("DATABASE_URL", "");
vi.stubEnv("DATA_DIR", dataDir);
vi.stubEnv("OPENAI_BASE_URL", model.url);
vi.stubEnv("OPENAI_API_KEY", "test-key");
vi.stubEnv("OPENAI_MODEL", "local-test-model");
vi.stubEnv("CHAT_MESSAGES_PER_HOUR", "3");

const { closeDb, getDb } = await import("@/db");
const schema = await import("@/db/schema");
const { eq } = await import("drizzle-orm");
const { getBook, translatedPage } = await import("@/lib/content");
const { parseMdx } = await import("@/lib/content/markdown");
const { splitParts } = await import("@/lib/personalise/sections");
const authRoute = await import("@/app/api/auth/[...all]/route");
const backgroundRoute = await import("@/app/api/background/route");
const personaliseRoute = await import("@/app/api/personalise/route");

const CHAPTER = "ros2/architecture-dds-qos";

async function reader(email: string, background: BackgroundInput | null) {
  const jar = new CookieJar();
  jar.store(await authRoute.POST(request("/api/auth/sign-up/email", { body: { name: "R", email, password: "correct-horse" } })));
  if (background) expect((await backgroundRoute.PUT(request("/api/background", { method: "PUT", jar, body: background }))).status).toBe(200);
  return jar;
}

const personalise = (jar: CookieJar | undefined, body: unknown) => personaliseRoute.POST(request("/api/personalise", { jar, body }));

async function eventsOf(response: Response): Promise<PersonaliseEvent[]> {
  expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  return (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PersonaliseEvent);
}

async function cached(chapter: string, lang: string) {
  const db = await getDb();
  return db.select().from(schema.chapterPersonalisation).where(eq(schema.chapterPersonalisation.chapter, chapter)).then((rows) => rows.filter((row) => row.lang === lang));
}

const codeOf = (mdx: string) => {
  const blocks: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === "code") blocks.push(node.value!);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseMdx(mdx));
  return blocks;
};

const page = getBook().bySlug.get(CHAPTER)!;
const withProse = splitParts(page.body).filter((part) => part.hasProse).length;
const qos = splitParts(page.body).find((part) => part.source.startsWith("## Quality of Service"))!;
const qosCode = `⟦${qos.pieces.findIndex((piece) => piece.startsWith("```"))}⟧`;

afterAll(async () => {
  await closeDb();
  await model.close();
  removeDir(dataDir);
  vi.unstubAllEnvs();
});

describe("who may personalise", () => {
  it("asks a signed-out reader to sign in, and a reader without answers to answer the questionnaire", async () => {
    const signedOut = await personalise(undefined, { slug: CHAPTER, lang: "en" });
    expect(signedOut.status).toBe(401);
    const noAnswers = await personalise(await reader("no-answers@example.com", null), { slug: CHAPTER, lang: "en" });
    expect(noAnswers.status).toBe(409);
    expect((await noAnswers.json()).error).toMatch(/questionnaire/);
  });

  it("says what to fix in a bad request", async () => {
    const jar = await reader("bad-request@example.com", validBackground);
    const bad = await personalise(jar, { slug: "Not a slug", lang: "fr" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).fields).sort()).toEqual(["lang", "slug"]);
    expect((await personalise(jar, { slug: "ros2/no-such-chapter", lang: "en" })).status).toBe(404);
  });
});

describe("a chapter rewritten for a background", () => {
  it("streams the rewrite part by part, keeps every code block, and caches it", async () => {
    const before = model.requests.length;
    const events = await eventsOf(await personalise(await reader("rtx@example.com", validBackground), { slug: CHAPTER, lang: "en" }));
    expect(events[0]).toMatchObject({ type: "start" });
    expect(events.some((event) => event.type === "delta")).toBe(true);
    expect(events.at(-1)).toEqual({ type: "done", originalParts: 0 });
    expect(model.requests.length - before).toBe(withProse);
    const system = String(model.requests.at(-1)!.body.messages.find((m) => m.role === "system")?.content);
    expect(system).toMatch(/RTX workstation/);
    expect(system).toMatch(/own an NVIDIA Jetson/);
    // Only the profile reaches the model, not the reader's own note.
    expect(system).not.toContain(validBackground.goalsNote);

    const [row] = await cached(CHAPTER, "en");
    expect(row!.body).toContain("Personalised for a intermediate reader with an RTX workstation:");
    expect(codeOf(row!.body)).toEqual(codeOf(page.body));
    expect(parseMdx(row!.body).children.filter((node) => node.type === "heading").length).toBe(page.headings.length);
  });

  it("serves a second reader with the same profile from the cache, without the model or their allowance", async () => {
    const before = model.requests.length;
    const jar = await reader("same-profile@example.com", { ...validBackground, goalsNote: "Something else entirely.", pythonLevel: "none", goals: ["build_robot", "career"] });
    const response = await personalise(jar, { slug: CHAPTER, lang: "en" });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ mode: "cached", originalParts: 0 });
    expect(model.requests.length).toBe(before);
    const db = await getDb();
    expect(await db.select().from(schema.personalisationRun)).toHaveLength(1);
  });

  it("falls back to the book's text for a section whose rewrite drops a code block, and keeps the rest", async () => {
    sabotage = "drop-a-code-block";
    try {
      const events = await eventsOf(await personalise(await reader("beginner@example.com", { ...validBackground, programmingExperience: "beginner", gpu: "none" }), { slug: CHAPTER, lang: "en" }));
      const parts = events.filter((event) => event.type === "part");
      expect(parts.filter((event) => !event.kept)).toHaveLength(1);
      expect(events.at(-1)).toEqual({ type: "done", originalParts: 1 });
      const row = (await cached(CHAPTER, "en")).find((r) => r.profile.startsWith("v1|beginner|no-gpu"))!;
      expect(row.body).toContain(qos.source);
      expect(row.body).toContain("Personalised for a beginner reader with no GPU:");
      expect(codeOf(row.body)).toEqual(codeOf(page.body));
    } finally {
      sabotage = null;
    }
  });

  it("asks for Urdu on the Urdu page, and caches it apart from the English", async () => {
    const events = await eventsOf(await personalise(await reader("urdu@example.com", { ...validBackground, gpu: "cloud" }), { slug: CHAPTER, lang: "ur" }));
    expect(events.at(-1)).toMatchObject({ type: "done" });
    const system = String(model.requests.at(-1)!.body.messages.find((m) => m.role === "system")?.content);
    expect(system).toMatch(/write the rewrite in clear, modern Urdu/);
    const [row] = await cached(CHAPTER, "ur");
    expect(row!.digest).toBe(translatedPage("ur", CHAPTER)!.page.digest);
    expect(row!.body).toContain("آپ کے لیے");
  });

  it("keeps nothing and says so when the model fails", async () => {
    sabotage = "fail";
    try {
      const events = await eventsOf(await personalise(await reader("failing@example.com", { ...validBackground, programmingExperience: "advanced" }), { slug: CHAPTER, lang: "en" }));
      expect(events.at(-1)).toMatchObject({ type: "error", message: expect.stringMatching(/could not personalise/) });
      expect((await cached(CHAPTER, "en")).some((row) => row.profile.startsWith("v1|advanced"))).toBe(false);
    } finally {
      sabotage = null;
    }
  });
});

describe("the hourly allowance", () => {
  it("counts a rewrite as a tutor question, refuses one over the limit with 429, and still serves the cache", async () => {
    const jar = await reader("limited@example.com", { ...validBackground, jetson: "none" });
    const db = await getDb();
    const [{ id }] = (await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, "limited@example.com"))) as [{ id: string }];
    // Two rewrites already this hour; with CHAT_MESSAGES_PER_HOUR=3 one more is allowed.
    await db.insert(schema.personalisationRun).values([0, 1].map((n) => ({ id: `earlier-${n}`, userId: id, chapter: CHAPTER })));
    expect((await eventsOf(await personalise(jar, { slug: "ros2/tf2-and-rviz", lang: "en" }))).at(-1)).toMatchObject({ type: "done" });

    const refused = await personalise(jar, { slug: "ros2/launch-and-parameters", lang: "en" });
    expect(refused.status).toBe(429);
    const body = await refused.json();
    expect(body.error).toMatch(/allowance of 3 tutor questions and personalised chapters/);
    expect(body.retryAfter).toBeGreaterThan(0);

    // The tutor shares the allowance.
    const chatRoute = await import("@/app/api/chat/route");
    const asked = await chatRoute.POST(request("/api/chat", { jar, body: { message: { id: "over", text: "What is a topic?" } } }));
    expect(asked.status).toBe(429);

    // A chapter already rewritten for this profile costs nothing.
    expect(await (await personalise(jar, { slug: "ros2/tf2-and-rviz", lang: "en" })).json()).toMatchObject({ mode: "cached" });
  });
});
