import { getDb } from "@/db";
import { classesOfStudent } from "@/db/queries/classes";
import { getAuth } from "@/lib/auth";
import { authCall } from "@/lib/auth-api-error";
import { AppError } from "@/lib/errors";
import { requireSession, route } from "@/lib/http";

/** A student leaves one of their classes. */
export const POST = route(async (request, { params }: RouteContext<"/api/classes/[id]/leave">) => {
  const { user } = await requireSession(request);
  const { id } = await params;
  const classes = await classesOfStudent(await getDb(), user.id);
  if (!classes.some((row) => row.id === id)) throw new AppError(404, "You are not in that class.");
  const auth = await getAuth();
  await authCall(() => auth.api.leaveOrganization({ headers: request.headers, body: { organizationId: id } }));
  return new Response(null, { status: 204 });
});
