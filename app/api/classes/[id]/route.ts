import { z } from "zod";
import { getDb } from "@/db";
import { setJoiningClosed } from "@/db/queries/classes";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http";
import { requireInstructor } from "@/lib/roles";

const classUpdate = z.strictObject({ joiningClosed: z.boolean() });

export const PATCH = route(async (request, { params }: RouteContext<"/api/classes/[id]">) => {
  const { session } = await requireInstructor(request.headers);
  const { joiningClosed } = await parseJson(request, classUpdate);
  const { id } = await params;
  if (!(await setJoiningClosed(await getDb(), session.user.id, id, joiningClosed))) throw new AppError(404, "You teach no class with that id.");
  return Response.json({ joiningClosed });
});
