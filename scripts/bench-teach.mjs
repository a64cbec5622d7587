// `npm run bench:teach`: seeds a class of 200 students who read 30 chapters and answered 75 quiz items
// (with a realistic spread: most read most chapters, about 70 % of first answers right) and asked the
// tutor 10 questions each, then serves the production build on that data and prints p50/p95 of
// rendering the class's /teach page for its instructor (target p50 ≤ 200 ms) and of recording a
// progress event (target p50 ≤ 20 ms).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { createDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import * as schema from "../db/schema";
import { loadValidBook } from "../lib/content/load";
import { quizzesOf, sectionAnchors } from "../lib/content/quizzes";
import { percentile } from "./bench-support.mjs";
import { startProductionServer } from "./production-server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3410);
const STUDENTS = 200;
const CHAPTERS = 30;
const ITEMS = 75;
const QUESTIONS_PER_STUDENT = 10;
const RUNS = 30;
const PASSWORD = "bench-password-123";

// A fixed seed: every run measures the same data.
let state = 42;
const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const book = loadValidBook();
const chapters = book.pages.filter((page) => page.kind === "chapter").slice(0, CHAPTERS);
const quizzes = book.pages.flatMap(quizzesOf).slice(0, ITEMS);
if (chapters.length < CHAPTERS || quizzes.length < ITEMS) throw new Error(`The book has ${chapters.length} chapters and ${quizzes.length} quizzes; the benchmark needs ${CHAPTERS} and ${ITEMS}.`);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-teach-"));
const handle = createDatabase({ driver: "pglite", dataDir: path.join(dataDir, "pglite") });
await migrateDatabase(handle);
const { db } = handle;
const now = Date.now();
const at = (daysAgo) => new Date(now - daysAgo * 86_400_000);

console.log(`Seeding ${STUDENTS} students × ${CHAPTERS} chapters × ${ITEMS} quiz items …`);
const hash = await hashPassword(PASSWORD);
const instructorId = crypto.randomUUID();
const classId = crypto.randomUUID();
const people = [
  { id: instructorId, name: "Bench Instructor", email: "instructor@bench.example", role: "instructor", emailVerified: true },
  ...Array.from({ length: STUDENTS }, (_, i) => ({ id: crypto.randomUUID(), name: `Student ${i + 1}`, email: `student${i + 1}@bench.example`, role: "student", emailVerified: true })),
];
await db.insert(schema.user).values(people);
await db.insert(schema.account).values(
  [people[0], people[1]].map((person) => ({ id: crypto.randomUUID(), accountId: person.id, providerId: "credential", userId: person.id, password: hash })),
);
await db.insert(schema.organization).values({ id: classId, name: "Bench class", slug: `bench-${classId}`, term: "Bench term", joinCode: "BENCH234" });
await db.insert(schema.member).values(people.map((person, i) => ({ id: crypto.randomUUID(), organizationId: classId, userId: person.id, role: i === 0 ? "owner" : "member" })));

const students = people.slice(1);
for (const student of students) {
  const diligence = 0.4 + 0.6 * random();
  const progress = chapters
    .filter(() => random() < diligence + 0.1)
    .map((page) => {
      const sections = sectionAnchors(page);
      const read = random() < diligence;
      const index = read ? sections.length : Math.floor(random() * sections.length);
      return { userId: student.id, chapter: page.slug, furthestSection: sections[Math.max(0, index - 1)] ?? null, furthestIndex: index, readAt: read ? at(random() * 60) : null, lastVisitAt: at(random() * 60) };
    });
  if (progress.length) await db.insert(schema.chapterProgress).values(progress);
  const answers = quizzes
    .filter(() => random() < diligence)
    .map((quiz) => {
      const firstCorrect = random() < 0.7;
      const firstChoice = firstCorrect ? quiz.answer : (quiz.answer + 1 + Math.floor(random() * (quiz.options.length - 1))) % quiz.options.length;
      const latestCorrect = firstCorrect || random() < 0.8;
      return {
        userId: student.id,
        quizId: quiz.id,
        chapter: quiz.chapter,
        firstChoice,
        firstCorrect,
        latestChoice: latestCorrect ? quiz.answer : firstChoice,
        latestCorrect,
        attempts: firstCorrect ? 1 : 2,
        reviewBox: firstCorrect ? null : Math.floor(random() * 4),
        reviewDueAt: firstCorrect ? null : at(-random() * 10),
      };
    });
  if (answers.length) await db.insert(schema.quizAnswer).values(answers);
  const conversations = [];
  const messages = [];
  for (let q = 0; q < QUESTIONS_PER_STUDENT; q++) {
    const page = chapters[Math.floor(random() * chapters.length)];
    const sections = page.headings.filter((heading) => heading.depth <= 3);
    const heading = sections[Math.floor(random() * sections.length)] ?? { id: "", text: page.frontmatter.title };
    const conversationId = crypto.randomUUID();
    conversations.push({ id: conversationId, userId: student.id, title: `Question ${q}` });
    const asked = at(random() * 60);
    messages.push(
      { id: crypto.randomUUID(), conversationId, role: "user", parts: [{ type: "text", text: `How does ${heading.text} work?` }], createdAt: asked },
      {
        id: crypto.randomUUID(),
        conversationId,
        role: "assistant",
        parts: [{ type: "text", text: "An answer from the book [1]." }],
        sources: [{ n: 1, chapter: page.slug, title: page.frontmatter.title, heading: heading.text, href: `${page.href}#${heading.id}` }],
        feedbackRating: random() < 0.1 ? ("down") : null,
        createdAt: new Date(asked.getTime() + 2000),
      },
    );
  }
  await db.insert(schema.conversations).values(conversations);
  await db.insert(schema.messages).values(messages);
}
await handle.close();

const { base, stop } = await startProductionServer({ port: PORT, name: "bench-teach", seededDataDir: dataDir, env: { TRUSTED_PROXY_HEADER: "x-forwarded-for" } });
try {
  async function signIn(email, address) {
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, "x-forwarded-for": address },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    if (!response.ok) throw new Error(`sign-in: HTTP ${response.status} ${await response.text()}`);
    return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  }
  const time = async (work) => {
    const started = performance.now();
    const response = await work();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return performance.now() - started;
  };

  const instructor = await signIn(people[0].email, "10.7.0.1");
  const teach = () => fetch(`${base}/teach/${classId}`, { headers: { cookie: instructor } });
  for (let i = 0; i < 3; i++) await time(teach);
  const teachTimes = [];
  for (let i = 0; i < RUNS; i++) teachTimes.push(await time(teach));

  const student = await signIn(people[1].email, "10.7.0.2");
  const page = chapters[0];
  const sections = sectionAnchors(page);
  const record = (i) =>
    fetch(`${base}/api/progress`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, cookie: student },
      body: JSON.stringify({ chapter: page.slug, section: sections[i % sections.length] ?? null }),
    });
  for (let i = 0; i < 5; i++) await time(() => record(i));
  const recordTimes = [];
  for (let i = 0; i < 100; i++) recordTimes.push(await time(() => record(i)));

  const report = (label, values, target) => {
    const p50 = percentile(values, 50);
    console.log(`${label}: p50 ${p50.toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms (target p50 ≤ ${target} ms: ${p50 <= target ? "met" : "MISSED"})`);
    if (!(p50 <= target)) process.exitCode = 1;
  };
  report(`/teach for ${STUDENTS} students × ${CHAPTERS} chapters × ${ITEMS} items`, teachTimes, 200);
  report("recording a progress event", recordTimes, 20);
} finally {
  stop();
}
