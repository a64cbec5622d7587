import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CookieJar, request } from "../support/http";
import { removeDir } from "../support/remove-dir";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "learning-"));
vi.stubEnv("DATABASE_URL", "");
vi.stubEnv("DATA_DIR", dataDir);
vi.stubEnv("TRUSTED_PROXY_HEADER", "x-forwarded-for");

const { closeDb, getDb } = await import("@/db");
const schema = await import("@/db/schema");
const { getBook } = await import("@/lib/content");
const { quizzesOf, sectionAnchors } = await import("@/lib/content/quizzes");
const authRoute = await import("@/app/api/auth/[...all]/route");
const progressRoute = await import("@/app/api/progress/route");
const answerRoute = await import("@/app/api/quizzes/answer/route");
const reviewRoute = await import("@/app/api/review/route");
const { eq } = await import("drizzle-orm");

afterAll(async () => {
  await closeDb();
  removeDir(dataDir);
  vi.unstubAllEnvs();
});

type Status = { read: boolean; furthestSection: string | null; answered: number; rightFirstTime: number; quizzes: number };

let seq = 0;
const ip = () => `198.18.7.${seq++ % 250}`;

async function signUp(email: string, jar = new CookieJar()) {
  const response = jar.store(await authRoute.POST(request("/api/auth/sign-up/email", { body: { name: "Learner", email, password: "correct-horse" }, jar, ip: ip() })));
  expect(response.status).toBe(200);
  return jar;
}

async function guest() {
  const jar = new CookieJar();
  expect(jar.store(await authRoute.POST(request("/api/auth/sign-in/anonymous", { body: {}, ip: ip() }))).status).toBe(200);
  return jar;
}

const record = (jar: CookieJar | undefined, body: unknown) => progressRoute.POST(request("/api/progress", { body, jar }));
const answer = (jar: CookieJar | undefined, body: unknown) => answerRoute.POST(request("/api/quizzes/answer", { body, jar }));
async function progressOf(jar: CookieJar): Promise<Record<string, Status>> {
  const response = await progressRoute.GET(request("/api/progress", { jar }));
  expect(response.status).toBe(200);
  return ((await response.json()) as { chapters: Record<string, Status> }).chapters;
}

const book = getBook();
const chapter = book.pages.find((page) => page.kind === "chapter" && quizzesOf(page).length >= 3)!;
const sections = sectionAnchors(chapter);
const [quiz, otherQuiz] = quizzesOf(chapter);
const wrongOf = (q: typeof quiz) => (q!.answer + 1) % q!.options.length;

let alice: CookieJar;
let bob: CookieJar;

beforeAll(async () => {
  alice = await signUp("alice@example.com");
  bob = await signUp("bob@example.com");
});

describe("progress", () => {
  it("is refused without a session", async () => {
    expect((await progressRoute.GET(request("/api/progress"))).status).toBe(401);
    expect((await record(undefined, { chapter: chapter.slug })).status).toBe(401);
    expect((await answer(undefined, { quizId: quiz!.id, choice: 0 })).status).toBe(401);
  });

  it("keeps the furthest section reached, and a chapter read stays read", async () => {
    expect((await record(alice, { chapter: chapter.slug, section: sections[2] })).status).toBe(204);
    expect((await record(alice, { chapter: chapter.slug, section: sections[0] })).status).toBe(204);
    let status = (await progressOf(alice))[chapter.slug]!;
    expect(status).toMatchObject({ read: false, furthestSection: sections[2] });
    expect((await record(alice, { chapter: chapter.slug, read: true })).status).toBe(204);
    expect((await record(alice, { chapter: chapter.slug, section: sections[1] })).status).toBe(204);
    status = (await progressOf(alice))[chapter.slug]!;
    expect(status.read).toBe(true);
  });

  it("refuses chapters and sections the book does not have, storing nothing", async () => {
    const response = await record(bob, { chapter: "no/such-chapter" });
    expect(response.status).toBe(400);
    expect((await record(bob, { chapter: chapter.slug, section: "not-a-heading" })).status).toBe(400);
    expect((await record(bob, { chapter: chapter.slug, extra: 1 })).status).toBe(400);
    const [user] = await (await getDb()).select().from(schema.user).where(eq(schema.user.email, "bob@example.com"));
    expect(await (await getDb()).select().from(schema.chapterProgress).where(eq(schema.chapterProgress.userId, user!.id))).toEqual([]);
  });

  it("is each reader's own: another student sees none of it", async () => {
    const bobs = await progressOf(bob);
    expect(bobs[chapter.slug]).toMatchObject({ read: false, furthestSection: null, answered: 0 });
  });
});

describe("quiz answers", () => {
  it("are judged on the server from the book, never by the client", async () => {
    expect((await answer(bob, { quizId: quiz!.id, choice: quiz!.answer, correct: true })).status).toBe(400);
    const wrong = await answer(bob, { quizId: quiz!.id, choice: wrongOf(quiz) });
    expect(wrong.status).toBe(200);
    expect(await wrong.json()).toMatchObject({ correct: false, answer: quiz!.answer, firstCorrect: false, attempts: 1 });
    const right = await answer(bob, { quizId: quiz!.id, choice: quiz!.answer });
    expect(await right.json()).toMatchObject({ correct: true, firstCorrect: false, attempts: 2 });
    expect((await answer(bob, { quizId: "no-such-quiz", choice: 0 })).status).toBe(404);
    expect((await answer(bob, { quizId: quiz!.id, choice: quiz!.options.length })).status).toBe(400);
  });

  it("score a chapter by the share answered right the first time", async () => {
    await answer(bob, { quizId: otherQuiz!.id, choice: otherQuiz!.answer });
    const status = (await progressOf(bob))[chapter.slug]!;
    expect(status).toMatchObject({ answered: 2, rightFirstTime: 1, quizzes: quizzesOf(chapter).length });
    expect((await progressOf(alice))[chapter.slug]!.answered).toBe(0);
  });
});

describe("a guest", () => {
  it("keeps progress and answers on signing up", async () => {
    const jar = await guest();
    await record(jar, { chapter: chapter.slug, read: true });
    await answer(jar, { quizId: quiz!.id, choice: quiz!.answer });
    const before = (await progressOf(jar))[chapter.slug]!;
    await signUp("was-a-guest@example.com", jar);
    const after = (await progressOf(jar))[chapter.slug]!;
    expect(after).toMatchObject({ read: true, answered: 1, rightFirstTime: 1 });
    expect(after).toEqual(before);
    const [user] = await (await getDb()).select().from(schema.user).where(eq(schema.user.email, "was-a-guest@example.com"));
    const rows = await (await getDb()).select().from(schema.quizAnswer).where(eq(schema.quizAnswer.quizId, quiz!.id));
    expect(rows.filter((row) => row.userId === user!.id)).toHaveLength(1);
  });
});

describe("review", () => {
  const review = (jar: CookieJar, body: unknown) => reviewRoute.POST(request("/api/review", { body, jar }));
  const dueOf = async (jar: CookieJar) => ((await (await progressRoute.GET(request("/api/progress", { jar }))).json()) as { due: number }).due;
  const stateOf = async (email: string, quizId: string) => {
    const db = await getDb();
    const [user] = await db.select().from(schema.user).where(eq(schema.user.email, email));
    const rows = await db.select().from(schema.quizAnswer).where(eq(schema.quizAnswer.userId, user!.id));
    return rows.find((row) => row.quizId === quizId);
  };

  it("takes in a missed item, due at once, and moves it as it is answered", async () => {
    const carol = await signUp("carol@example.com");
    await answer(carol, { quizId: quiz!.id, choice: wrongOf(quiz) });
    expect(await dueOf(carol)).toBe(1);
    expect(await stateOf("carol@example.com", quiz!.id)).toMatchObject({ reviewBox: 0 });

    const right = await review(carol, { quizId: quiz!.id, choice: quiz!.answer });
    expect(right.status).toBe(200);
    expect(await right.json()).toMatchObject({ correct: true, next: { box: 1 } });
    expect(await dueOf(carol)).toBe(0);
    const moved = await stateOf("carol@example.com", quiz!.id);
    expect(moved!.reviewBox).toBe(1);
    expect(moved!.reviewDueAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);

    const wrong = await review(carol, { quizId: quiz!.id, choice: wrongOf(quiz) });
    expect(await wrong.json()).toMatchObject({ correct: false, next: { box: 0 } });
    expect(await dueOf(carol)).toBe(1);
    // The first attempt is kept as it was.
    expect(await stateOf("carol@example.com", quiz!.id)).toMatchObject({ firstCorrect: false, latestCorrect: false, reviewBox: 0 });
  });

  it("refuses an item that is not in the caller's review, changing nothing", async () => {
    const dave = await signUp("dave@example.com");
    const before = await stateOf("carol@example.com", quiz!.id);
    expect((await review(dave, { quizId: quiz!.id, choice: quiz!.answer })).status).toBe(404);
    expect(await stateOf("carol@example.com", quiz!.id)).toEqual(before);
    expect(await stateOf("dave@example.com", quiz!.id)).toBeUndefined();
  });

  it("answers \"what should I review?\" from the reader's own record", async () => {
    const { learnerAnswer, learnerOf } = await import("@/lib/ai/learner");
    const learner = learnerOf(book, [{ chapter: chapter.slug, readAt: new Date() }], [{ quizId: quiz!.id, latestCorrect: false, reviewBox: 0 }]);
    expect(learnerAnswer("What should I review?", learner)).toContain(quiz!.question);
    expect(learnerAnswer("What should I read next?", learner)).toContain("Next in the book's order");
    expect(learnerAnswer("What is a topic?", learner)).toBeNull();
  });
});
