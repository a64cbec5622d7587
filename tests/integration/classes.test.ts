import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CookieJar, request } from "../support/http";
import { removeDir } from "../support/remove-dir";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "classes-"));
vi.stubEnv("DATABASE_URL", "");
vi.stubEnv("DATA_DIR", dataDir);
vi.stubEnv("TRUSTED_PROXY_HEADER", "x-forwarded-for");

const { closeDb, getDb } = await import("@/db");
const schema = await import("@/db/schema");
const { getBook } = await import("@/lib/content");
const { quizzesOf } = await import("@/lib/content/quizzes");
const { classReport, mostAsked } = await import("@/lib/classes");
const { classCitations } = await import("@/db/queries/classes");
const authRoute = await import("@/app/api/auth/[...all]/route");
const classesRoute = await import("@/app/api/classes/route");
const joinRoute = await import("@/app/api/classes/join/route");
const classRoute = await import("@/app/api/classes/[id]/route");
const removeRoute = await import("@/app/api/classes/[id]/students/[userId]/route");
const leaveRoute = await import("@/app/api/classes/[id]/leave/route");
const exportRoute = await import("@/app/api/classes/[id]/export/route");
const answerRoute = await import("@/app/api/quizzes/answer/route");
const progressRoute = await import("@/app/api/progress/route");
const { eq } = await import("drizzle-orm");

afterAll(async () => {
  await closeDb();
  removeDir(dataDir);
  vi.unstubAllEnvs();
});

let seq = 0;
const ip = () => `198.18.9.${seq++ % 250}`;

async function signUp(name: string, email: string, role?: "instructor", emailVerified = true) {
  const jar = new CookieJar();
  expect(jar.store(await authRoute.POST(request("/api/auth/sign-up/email", { body: { name, email, password: "correct-horse" }, jar, ip: ip() }))).status).toBe(200);
  const db = await getDb();
  if (role) await db.update(schema.user).set({ role, emailVerified }).where(eq(schema.user.email, email));
  const [row] = await db.select().from(schema.user).where(eq(schema.user.email, email));
  return { jar, id: row!.id };
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const book = getBook();
const chapter = book.pages.find((page) => page.kind === "chapter" && quizzesOf(page).length >= 3)!;
const quiz = quizzesOf(chapter)[0]!;

let teacher: Awaited<ReturnType<typeof signUp>>;
let otherTeacher: Awaited<ReturnType<typeof signUp>>;
let student: Awaited<ReturnType<typeof signUp>>;
let outsider: Awaited<ReturnType<typeof signUp>>;
let classId: string;
let joinCode: string;

beforeAll(async () => {
  teacher = await signUp("Teacher", "teacher@example.com", "instructor");
  otherTeacher = await signUp("Other Teacher", "other-teacher@example.com", "instructor");
  student = await signUp("Sam Student", "sam@example.com");
  outsider = await signUp("Olly Outsider", "olly@example.com");
});

describe("classes", () => {
  it("only instructors with a confirmed address create them; each gets a join code", async () => {
    expect((await classesRoute.POST(request("/api/classes", { body: { name: "Sneaky" }, jar: student.jar }))).status).toBe(403);
    // A class is run under its instructor's address: an unconfirmed one cannot open one (issue 12).
    const unconfirmed = await signUp("New Teacher", "new-teacher@example.com", "instructor", false);
    const refused = await classesRoute.POST(request("/api/classes", { body: { name: "Too soon" }, jar: unconfirmed.jar }));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(/confirm your email/i);
    const created = await classesRoute.POST(request("/api/classes", { body: { name: "Robotics 101", term: "Spring 2027" }, jar: teacher.jar }));
    expect(created.status).toBe(201);
    classId = ((await created.json()) as { class: { id: string } }).class.id;
    const [row] = await (await getDb()).select().from(schema.organization).where(eq(schema.organization.id, classId));
    expect(row).toMatchObject({ name: "Robotics 101", term: "Spring 2027", joiningClosed: false });
    joinCode = row!.joinCode!;
    expect(joinCode).toMatch(/^[A-Z0-9]{8}$/);
    await classesRoute.POST(request("/api/classes", { body: { name: "Someone else's" }, jar: otherTeacher.jar }));
  });

  it("shows an instructor only their own classes", async () => {
    const mine = (await (await classesRoute.GET(request("/api/classes", { jar: teacher.jar }))).json()) as { classes: { name: string }[] };
    expect(mine.classes.map((c) => c.name)).toEqual(["Robotics 101"]);
    const theirs = (await (await classesRoute.GET(request("/api/classes", { jar: otherTeacher.jar }))).json()) as { classes: { name: string }[] };
    expect(theirs.classes.map((c) => c.name)).toEqual(["Someone else's"]);
    expect(await classReport(await getDb(), book, otherTeacher.id, classId)).toBeNull();
    expect((await exportRoute.GET(request(`/api/classes/${classId}/export`, { jar: otherTeacher.jar }), params({ id: classId }))).status).toBe(404);
  });

  it("lets a student join with the code, and the instructor see their progress and answers", async () => {
    const joined = await joinRoute.POST(request("/api/classes/join", { body: { code: joinCode.toLowerCase() }, jar: student.jar }));
    expect(joined.status).toBe(200);
    await progressRoute.POST(request("/api/progress", { body: { chapter: chapter.slug, read: true }, jar: student.jar }));
    await answerRoute.POST(request("/api/quizzes/answer", { body: { quizId: quiz.id, choice: (quiz.answer + 1) % quiz.options.length }, jar: student.jar }));
    const report = (await classReport(await getDb(), book, teacher.id, classId))!;
    expect(report.roster).toHaveLength(1);
    expect(report.roster[0]).toMatchObject({ name: "Sam Student", answered: 1, rightFirstTime: 0, readByModule: { [chapter.module]: 1 } });
    const item = report.items.find((row) => row.quizId === quiz.id)!;
    expect(item).toMatchObject({ answered: 1, rightFirstTime: 0, commonWrong: { option: quiz.options[(quiz.answer + 1) % quiz.options.length], count: 1 } });
    const csv = await (await exportRoute.GET(request(`/api/classes/${classId}/export`, { jar: teacher.jar }), params({ id: classId }))).text();
    expect(csv).toContain("Sam Student");
  });

  it("gives a student no teaching data and no way to change a class (403/404, nothing changed)", async () => {
    expect((await classesRoute.GET(request("/api/classes", { jar: student.jar }))).status).toBe(403);
    expect((await exportRoute.GET(request(`/api/classes/${classId}/export`, { jar: student.jar }), params({ id: classId }))).status).toBe(403);
    expect((await classRoute.PATCH(request(`/api/classes/${classId}`, { method: "PATCH", body: { joiningClosed: true }, jar: student.jar }), params({ id: classId }))).status).toBe(403);
    expect(
      (await removeRoute.DELETE(request(`/api/classes/${classId}/students/${student.id}`, { method: "DELETE", jar: otherTeacher.jar }), params({ id: classId, userId: student.id }))).status,
    ).toBe(404);
    const [row] = await (await getDb()).select().from(schema.organization).where(eq(schema.organization.id, classId));
    expect(row!.joiningClosed).toBe(false);
    expect((await classReport(await getDb(), book, teacher.id, classId))!.roster).toHaveLength(1);
  });

  it("stops taking students once joining is closed", async () => {
    expect((await classRoute.PATCH(request(`/api/classes/${classId}`, { method: "PATCH", body: { joiningClosed: true }, jar: teacher.jar }), params({ id: classId }))).status).toBe(200);
    expect((await joinRoute.POST(request("/api/classes/join", { body: { code: joinCode }, jar: outsider.jar }))).status).toBe(403);
    expect((await joinRoute.POST(request("/api/classes/join", { body: { code: "NOPE2345" }, jar: outsider.jar }))).status).toBe(404);
  });

  it("lets the instructor remove a student, and a student leave", async () => {
    await classRoute.PATCH(request(`/api/classes/${classId}`, { method: "PATCH", body: { joiningClosed: false }, jar: teacher.jar }), params({ id: classId }));
    expect((await joinRoute.POST(request("/api/classes/join", { body: { code: joinCode }, jar: outsider.jar }))).status).toBe(200);
    const removed = await removeRoute.DELETE(request(`/api/classes/${classId}/students/${outsider.id}`, { method: "DELETE", jar: teacher.jar }), params({ id: classId, userId: outsider.id }));
    expect(removed.status).toBe(204);
    expect((await leaveRoute.POST(request(`/api/classes/${classId}/leave`, { body: {}, jar: student.jar }), params({ id: classId }))).status).toBe(204);
    expect((await classReport(await getDb(), book, teacher.id, classId))!.roster).toEqual([]);
  });
});

describe("the most asked map", () => {
  const SECTION = { n: 1, chapter: "ros2/qos", title: "QoS", heading: "Reliability", href: "/learn/ros2/qos#reliability" };
  const OTHER = { n: 1, chapter: "ros2/qos", title: "QoS", heading: "Durability", href: "/learn/ros2/qos#durability" };
  let at = Date.parse("2026-11-01T10:00:00Z");

  async function ask(studentId: string, question: string, source: typeof SECTION, thumbsDown = false) {
    const db = await getDb();
    const conversationId = crypto.randomUUID();
    await db.insert(schema.conversations).values({ id: conversationId, userId: studentId, title: question });
    await db.insert(schema.messages).values({ id: crypto.randomUUID(), conversationId, role: "user", parts: [{ type: "text", text: question }], createdAt: new Date((at += 1000)) });
    await db.insert(schema.messages).values({
      id: crypto.randomUUID(),
      conversationId,
      role: "assistant",
      parts: [{ type: "text", text: "An answer [1]." }],
      sources: [source],
      feedbackRating: thumbsDown ? "down" : null,
      createdAt: new Date((at += 1000)),
    });
  }

  it("counts questions and thumbs down per section, and shows texts only once 3 different students asked", async () => {
    const created = await classesRoute.POST(request("/api/classes", { body: { name: "Map class" }, jar: teacher.jar }));
    const mapClass = ((await created.json()) as { class: { id: string } }).class.id;
    const [row] = await (await getDb()).select().from(schema.organization).where(eq(schema.organization.id, mapClass));
    const students = [];
    for (const name of ["Ann", "Ben", "Cat"]) {
      const s = await signUp(name, `${name.toLowerCase()}-map@example.com`);
      expect((await joinRoute.POST(request("/api/classes/join", { body: { code: row!.joinCode }, jar: s.jar }))).status).toBe(200);
      students.push(s);
    }
    // Two students, three questions about Durability: counted, but no texts.
    await ask(students[0]!.id, "Why is durability transient local?", OTHER);
    await ask(students[0]!.id, "What does volatile mean?", OTHER, true);
    await ask(students[1]!.id, "Late joiners and durability?", OTHER);
    // Someone outside the class asking counts for nothing.
    await ask(outsider.id, "Outsider question about reliability", SECTION);
    let map = mostAsked((await classCitations(await getDb(), teacher.id, mapClass))!);
    expect(map).toEqual([expect.objectContaining({ href: OTHER.href, asked: 3, students: 2, thumbsDown: 1, questions: null })]);

    for (const [i, s] of students.entries()) await ask(s.id, `Reliability question ${i}`, SECTION);
    map = mostAsked((await classCitations(await getDb(), teacher.id, mapClass))!);
    const reliability = map.find((section) => section.href === SECTION.href)!;
    expect(reliability).toMatchObject({ asked: 3, students: 3, questions: ["Reliability question 0", "Reliability question 1", "Reliability question 2"] });
    expect(JSON.stringify(map)).not.toContain("Ann");
    expect(map.find((section) => section.href === OTHER.href)!.questions).toBeNull();

    // Another instructor gets nothing of it.
    expect(await classCitations(await getDb(), otherTeacher.id, mapClass)).toBeNull();
  });
});
