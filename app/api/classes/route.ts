import { z } from "zod";
import { getDb } from "@/db";
import { classesTaughtBy } from "@/db/queries/classes";
import { getAuth } from "@/lib/auth";
import { authCall } from "@/lib/auth-api-error";
import { parseJson, route } from "@/lib/http";
import { AppError } from "@/lib/errors";
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
  const access = await requireInstructor(request.headers);
  // A class is run under its instructor's address: it must be a confirmed one.
  if (!access.emailVerified) throw new AppError(403, "Confirm your email address before you create a class: use the link we sent you, or ask for a new one on your account page.");
  const { name, term } = await parseJson(request, newClass);
  const auth = await getAuth();
  // Better-Auth's organization plugin creates the class and makes the caller its owner.
  const created = await authCall(() =>
    auth.api.createOrganization({ headers: request.headers, body: { name, slug: `class-${crypto.randomUUID()}`, term: term || undefined } }),
  );
  return Response.json({ class: created }, { status: 201 });
});
