import { z } from "zod";
import { getDb } from "@/db";
import { recordAdminAction } from "@/db/queries/admin";
import { redeemInstructorInvite } from "@/db/queries/invites";
import { AppError } from "@/lib/errors";
import { parseJson, requireSession, route } from "@/lib/http";
import { currentAccess } from "@/db/queries/admin";

const body = z.object({ token: z.string().min(1).max(200) });

/** Spends an instructor invite on the caller: a confirmed address is required, as for anything an instructor does. */
export const POST = route(async (request) => {
  const session = await requireSession(request);
  const { token } = await parseJson(request, body);
  const db = await getDb();
  const access = await currentAccess(db, session.user.id);
  if (!access || access.isAnonymous) throw new AppError(403, "Create an account to become an instructor.");
  if (!access.emailVerified) throw new AppError(403, "Confirm your email address first: instructors need a confirmed address.");
  const result = await redeemInstructorInvite(db, token, session.user.id);
  if (result === "invalid") throw new AppError(404, "This invite has expired or was already used.");
  if (result === "already-instructor") throw new AppError(409, "Your account already has the instructor role or a higher one.");
  await recordAdminAction(db, {
    actorId: session.user.id,
    actorEmail: access.email,
    action: "redeemed an instructor invite",
    targetId: session.user.id,
    targetEmail: access.email,
    detail: "role instructor",
  });
  return Response.json({ role: "instructor" });
});
