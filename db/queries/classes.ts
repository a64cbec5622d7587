import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { chapterProgress, member, organization, quizAnswer, user } from "../schema";

export type ClassRow = { id: string; name: string; term: string | null; joinCode: string | null; joiningClosed: boolean; createdAt: Date };

const classColumns = {
  id: organization.id,
  name: organization.name,
  term: organization.term,
  joinCode: organization.joinCode,
  joiningClosed: organization.joiningClosed,
  createdAt: organization.createdAt,
};

/** The classes `instructorId` teaches (owns), newest first. */
export function classesTaughtBy(db: Database, instructorId: string): Promise<ClassRow[]> {
  return db
    .select(classColumns)
    .from(organization)
    .innerJoin(member, and(eq(member.organizationId, organization.id), eq(member.userId, instructorId), eq(member.role, "owner")))
    .orderBy(sql`${organization.createdAt} desc`);
}

/** One class, only when `instructorId` teaches it: anyone else gets null, as if it did not exist. */
export async function classTaughtBy(db: Database, instructorId: string, classId: string): Promise<ClassRow | null> {
  const [row] = await db
    .select(classColumns)
    .from(organization)
    .innerJoin(member, and(eq(member.organizationId, organization.id), eq(member.userId, instructorId), eq(member.role, "owner")))
    .where(eq(organization.id, classId));
  return row ?? null;
}

/** The classes a student is in. */
export function classesOfStudent(db: Database, studentId: string): Promise<ClassRow[]> {
  return db
    .select(classColumns)
    .from(organization)
    .innerJoin(member, and(eq(member.organizationId, organization.id), eq(member.userId, studentId), eq(member.role, "member")))
    .orderBy(asc(organization.name));
}

export async function classByJoinCode(db: Database, code: string): Promise<ClassRow | null> {
  const [row] = await db.select(classColumns).from(organization).where(eq(organization.joinCode, code));
  return row ?? null;
}

/** Opens or closes joining, for a class the caller teaches; false when they do not. */
export async function setJoiningClosed(db: Database, instructorId: string, classId: string, closed: boolean): Promise<boolean> {
  if (!(await classTaughtBy(db, instructorId, classId))) return false;
  await db.update(organization).set({ joiningClosed: closed }).where(eq(organization.id, classId));
  return true;
}

export type RosterStudent = { userId: string; memberId: string; name: string; joinedAt: Date };

/** The students of a class the caller teaches (null when they do not). */
export async function rosterOf(db: Database, instructorId: string, classId: string): Promise<RosterStudent[] | null> {
  if (!(await classTaughtBy(db, instructorId, classId))) return null;
  return db
    .select({ userId: member.userId, memberId: member.id, name: user.name, joinedAt: member.createdAt })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, classId), eq(member.role, "member")))
    .orderBy(asc(user.name));
}

/** Whether `studentId` is a student in a class `instructorId` teaches. */
export async function teachesStudent(db: Database, instructorId: string, studentId: string): Promise<boolean> {
  const teacher = alias(member, "teacher");
  const [row] = await db
    .select({ id: member.id })
    .from(member)
    .innerJoin(teacher, and(eq(teacher.organizationId, member.organizationId), eq(teacher.userId, instructorId), eq(teacher.role, "owner")))
    .where(and(eq(member.userId, studentId), eq(member.role, "member")))
    .limit(1);
  return Boolean(row);
}

/** Chapters read by each of `userIds`. */
export function readChaptersOf(db: Database, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({ userId: chapterProgress.userId, chapter: chapterProgress.chapter })
    .from(chapterProgress)
    .where(and(inArray(chapterProgress.userId, userIds), sql`${chapterProgress.readAt} is not null`));
}

/** Each of `userIds`' first answers: per student, quiz, first choice and whether it was right. */
export function firstAnswersOf(db: Database, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({ userId: quizAnswer.userId, quizId: quizAnswer.quizId, chapter: quizAnswer.chapter, firstChoice: quizAnswer.firstChoice, firstCorrect: quizAnswer.firstCorrect })
    .from(quizAnswer)
    .where(inArray(quizAnswer.userId, userIds));
}

export type CitationRow = { studentId: string; href: string; title: string; heading: string; thumbsDown: boolean; question: unknown };

/**
 * Each section the tutor cited in answering the students of a class `instructorId` teaches (null when
 * they do not): who asked (an id, never shown), the section, a thumbs down, and the question's parts.
 */
export async function classCitations(db: Database, instructorId: string, classId: string): Promise<CitationRow[] | null> {
  const students = await rosterOf(db, instructorId, classId);
  if (!students) return null;
  if (students.length === 0) return [];
  const ids = students.map((student) => student.userId);
  const result = await db.execute(sql`
    select c.user_id as "studentId", s.value->>'href' as href, s.value->>'title' as title, s.value->>'heading' as heading,
      coalesce(a.feedback_rating = 'down', false) as "thumbsDown",
      (select q.parts from messages q
        where q.conversation_id = a.conversation_id and q.role = 'user' and q.created_at <= a.created_at
        order by q.created_at desc limit 1) as question
    from messages a
    join conversations c on c.id = a.conversation_id
    cross join lateral jsonb_array_elements(a.sources) s
    where a.role = 'assistant' and c.user_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  return (result as unknown as { rows: CitationRow[] }).rows;
}
