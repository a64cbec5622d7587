import "server-only";
import { forbidden } from "next/navigation";
import { getDb } from "@/db";
import { currentAccess } from "@/db/queries/admin";
import { AppError } from "./errors";
import { getLiveSession, requirePageSession, type Session } from "./auth";
import { isRole, type Role } from "./permissions";

// Roles are read from the database on every check, never from the signed session cookie: a
// role given or taken away counts on the very next request, not when the cookie cache expires.

export type Access = { session: Session; role: Role; emailVerified: boolean };

async function accessOf(session: Session): Promise<Access | null> {
  const current = await currentAccess(await getDb(), session.user.id);
  if (!current || current.banned || current.isAnonymous) return null;
  return { session, role: isRole(current.role) ? current.role : "student", emailVerified: current.emailVerified };
}

/** A page for admins only: signed-out readers go to sign-in, everyone else gets 403. */
export async function requireAdminPage(next: string): Promise<Access> {
  const access = await accessOf(await requirePageSession(next));
  if (access?.role !== "admin") forbidden();
  return access;
}

/** A route for admins only: 401 signed out, 403 for anyone else. */
export async function requireAdmin(requestHeaders?: Headers): Promise<Access> {
  const session = await getLiveSession(requestHeaders);
  if (!session) throw new AppError(401, "Sign in to continue.");
  const access = await accessOf(session);
  if (access?.role !== "admin") throw new AppError(403, "Only administrators can do this.");
  return access;
}

/** The signed-in (non-guest) reader's current access, or a redirect to sign in. */
export async function requirePageAccess(next: string): Promise<Access | null> {
  return accessOf(await requirePageSession(next));
}

const teaches = (access: Access | null) => access?.role === "instructor" || access?.role === "admin";

/** A route for instructors (and admins): 401 signed out, 403 for anyone else. */
export async function requireInstructor(requestHeaders?: Headers): Promise<Access> {
  const session = await getLiveSession(requestHeaders);
  if (!session) throw new AppError(401, "Sign in to continue.");
  const access = await accessOf(session);
  if (!access || !teaches(access)) throw new AppError(403, "Only instructors can do this.");
  return access;
}

/** A page for instructors (and admins): signed-out readers go to sign-in, everyone else gets 403. */
export async function requireInstructorPage(next: string): Promise<Access> {
  const access = await accessOf(await requirePageSession(next));
  if (!access || !teaches(access)) forbidden();
  return access;
}
