import { getDb } from "@/db";
import { deleteIdleGuests } from "@/db/queries/guests";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";

const DAY = 24 * 60 * 60 * 1000;

/** Deletes guest accounts idle for GUEST_IDLE_DAYS. Vercel Cron calls it daily (vercel.json) with the CRON_SECRET it is given. */
export const GET = route(async (request) => {
  const e = env();
  if (!e.CRON_SECRET) throw new AppError(404, "Not found.");
  if (request.headers.get("authorization") !== `Bearer ${e.CRON_SECRET}`) throw new AppError(401, "This route is for the scheduler.");
  const deleted = await deleteIdleGuests(await getDb(), new Date(Date.now() - e.GUEST_IDLE_DAYS * DAY));
  return Response.json({ deleted });
});
