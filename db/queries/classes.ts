import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { member, organization, user } from "../schema";

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

const idList = (ids: string[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `);

// The class views aggregate in the database: a class of 200 students has tens of thousands of rows of
// answers and progress, and only a few hundred sums leave the database.

/** Pages read per student and module (a page's module is its slug's first segment). */
export async function readCountsByModule(db: Database, userIds: string[]): Promise<{ userId: string; module: string; read: number }[]> {
  if (userIds.length === 0) return [];
  const result = await db.execute(sql`
    select user_id as "userId", split_part(chapter, '/', 1) as module, count(*)::int as read
    from chapter_progress
    where user_id in (${idList(userIds)}) and read_at is not null
    group by 1, 2`);
  return (result as unknown as { rows: { userId: string; module: string; read: number }[] }).rows;
}

/** Per student: quizzes of `quizIds` answered, and answered right the first time. */
export async function answerTotals(db: Database, userIds: string[], quizIds: string[]): Promise<{ userId: string; answered: number; right: number }[]> {
  if (userIds.length === 0 || quizIds.length === 0) return [];
  const result = await db.execute(sql`
    select user_id as "userId", count(*)::int as answered, (count(*) filter (where first_correct))::int as "right"
    from quiz_answer
    where user_id in (${idList(userIds)}) and quiz_id in (${idList(quizIds)})
    group by 1`);
  return (result as unknown as { rows: { userId: string; answered: number; right: number }[] }).rows;
}

/** Per quiz and first choice: how many of `userIds` chose it first, and whether it was right. */
export async function firstChoiceCounts(db: Database, userIds: string[]): Promise<{ quizId: string; choice: number; correct: boolean; count: number }[]> {
  if (userIds.length === 0) return [];
  const result = await db.execute(sql`
    select quiz_id as "quizId", first_choice as choice, first_correct as correct, count(*)::int as count
    from quiz_answer
    where user_id in (${idList(userIds)})
    group by 1, 2, 3`);
  return (result as unknown as { rows: { quizId: string; choice: number; correct: boolean; count: number }[] }).rows;
}

export type SectionCount = { href: string; title: string; heading: string; asked: number; students: number; thumbsDown: number };
export type CitationSummary = { sections: SectionCount[]; questions: { href: string; text: string }[] };

/**
 * The sections the tutor cited in answering the students of a class `instructorId` teaches (null when
 * they do not): per section, answers, different students and thumbs down; and the question texts, only
 * for sections at least `minStudents` different students asked about.
 */
export async function classCitations(db: Database, instructorId: string, classId: string, minStudents = 3): Promise<CitationSummary | null> {
  const students = await rosterOf(db, instructorId, classId);
  if (!students) return null;
  if (students.length === 0) return { sections: [], questions: [] };
  const ids = idList(students.map((student) => student.userId));
  const cited = sql`
    select c.user_id, a.conversation_id, a.created_at, a.feedback_rating, s.value->>'href' as href, s.value->>'title' as title, s.value->>'heading' as heading
    from messages a
    join conversations c on c.id = a.conversation_id
    cross join lateral jsonb_array_elements(a.sources) s
    where a.role = 'assistant' and c.user_id in (${ids})`;
  const sections = await db.execute(sql`
    select href, min(title) as title, min(heading) as heading, count(*)::int as asked, count(distinct user_id)::int as students,
      (count(*) filter (where feedback_rating = 'down'))::int as "thumbsDown"
    from (${cited}) cited where href is not null group by href`);
  const sectionRows = (sections as unknown as { rows: SectionCount[] }).rows;
  const shown = sectionRows.filter((section) => section.students >= minStudents).map((section) => section.href);
  if (shown.length === 0) return { sections: sectionRows, questions: [] };
  const questions = await db.execute(sql`
    select distinct cited.href, q.text from (${cited}) cited
    cross join lateral (
      select jsonb_path_query_first(m.parts, '$[*] ? (@.type == "text").text') #>> '{}' as text
      from messages m
      where m.conversation_id = cited.conversation_id and m.role = 'user' and m.created_at <= cited.created_at
      order by m.created_at desc limit 1
    ) q
    where cited.href in (${idList(shown)}) and q.text is not null`);
  return { sections: sectionRows, questions: (questions as unknown as { rows: { href: string; text: string }[] }).rows };
}
