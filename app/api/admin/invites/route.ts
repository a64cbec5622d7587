import { getDb } from "@/db";
import { recordAdminAction } from "@/db/queries/admin";
import { createInstructorInvite } from "@/db/queries/invites";
import { INVITE_LIFETIME_DAYS } from "@/lib/limits";
import { requireAdmin } from "@/lib/roles";
import { route } from "@/lib/http";

/** A new instructor invite; its link is in this answer only. */
export const POST = route(async (request) => {
  const { session } = await requireAdmin(request.headers);
  const db = await getDb();
  const expiresAt = new Date(Date.now() + INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
  const { token } = await createInstructorInvite(db, session.user.id, expiresAt);
  await recordAdminAction(db, {
    actorId: session.user.id,
    actorEmail: session.user.email,
    action: "created an instructor invite",
    targetId: null,
    targetEmail: null,
    detail: null,
  });
  return Response.json({ url: new URL(`/invite/${token}`, request.url).toString(), expiresAt }, { headers: { "Cache-Control": "no-store" } });
});
