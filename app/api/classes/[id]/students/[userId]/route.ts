import { getDb } from "@/db";
import { rosterOf } from "@/db/queries/classes";
import { getAuth } from "@/lib/auth";
import { authCall } from "@/lib/auth-api-error";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { requireInstructor } from "@/lib/roles";

/** Removes a student from a class the caller teaches. */
export const DELETE = route(async (request, { params }: RouteContext<"/api/classes/[id]/students/[userId]">) => {
  const { session } = await requireInstructor(request.headers);
  const { id, userId } = await params;
  const roster = await rosterOf(await getDb(), session.user.id, id);
  const student = roster?.find((row) => row.userId === userId);
  if (!student) throw new AppError(404, "No such student in a class you teach.");
  const auth = await getAuth();
  await authCall(() => auth.api.removeMember({ headers: request.headers, body: { memberIdOrEmail: student.memberId, organizationId: id } }));
  return new Response(null, { status: 204 });
});
