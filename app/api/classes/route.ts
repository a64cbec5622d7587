import { z } from "zod";
import { getDb } from "@/db";
import { classesTaughtBy } from "@/db/queries/classes";
import { getAuth } from "@/lib/auth";
import { authCall } from "@/lib/auth-api-error";
import { parseJson, route } from "@/lib/http";
import { requireInstructor } from "@/lib/roles";
import { storableText } from "@/lib/storable-text";

const newClass = z.strictObject({
  name: storableText().trim().min(1, "must not be empty").max(120),
  term: storableText().trim().max(60).optional(),
});

export const GET = route(async (request) => {
  const { session } = await requireInstructor(request.headers);
  return Response.json({ classes: await classesTaughtBy(await getDb(), session.user.id) });
});

export const POST = route(async (request) => {
  await requireInstructor(request.headers);
  const { name, term } = await parseJson(request, newClass);
  const auth = await getAuth();
  // Better-Auth's organization plugin creates the class and makes the caller its owner.
  const created = await authCall(() =>
    auth.api.createOrganization({ headers: request.headers, body: { name, slug: `class-${crypto.randomUUID()}`, term: term || undefined } }),
  );
  return Response.json({ class: created }, { status: 201 });
});
