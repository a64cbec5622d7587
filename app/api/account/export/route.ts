import { getDb } from "@/db";
import { exportUserData } from "@/db/queries/account";
import { AppError } from "@/lib/errors";
import { requireSession, route } from "@/lib/http";

export const GET = route(async (request) => {
  const { user } = await requireSession(request);
  const data = await exportUserData(await getDb(), user.id);
  if (!data) throw new AppError(404, "This account no longer exists.");
  const date = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="physical-ai-textbook-data-${date}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
