import { z } from "zod";
import { getDb } from "@/db";
import { classByJoinCode } from "@/db/queries/classes";
import { getAuth } from "@/lib/auth";
import { authCall } from "@/lib/auth-api-error";
import { AppError } from "@/lib/errors";
import { parseJson, requireSession, route } from "@/lib/http";
import { normalizeJoinCode } from "@/lib/join-code";

const joinInput = z.strictObject({ code: z.string().max(40) });

export const POST = route(async (request) => {
  const { user } = await requireSession(request);
  if (user.isAnonymous) throw new AppError(403, "Create a free account to join a class.");
  const { code } = await parseJson(request, joinInput);
  const found = await classByJoinCode(await getDb(), normalizeJoinCode(code));
  if (!found) throw new AppError(404, "No class has that join code. Check it with your instructor.");
  if (found.joiningClosed) throw new AppError(403, "This class is no longer taking new students.");
  const auth = await getAuth();
  await authCall(() => auth.api.addMember({ body: { userId: user.id, organizationId: found.id, role: "member" } }));
  return Response.json({ class: { id: found.id, name: found.name, term: found.term } });
});
