import { getDb } from "@/db";
import { getBackground, saveBackground } from "@/db/queries/background";
import { backgroundInput } from "@/lib/background/schema";
import { parseJson, requireSession, route } from "@/lib/http";

export const GET = route(async (request) => {
  const { user } = await requireSession(request);
  return Response.json({ background: await getBackground(await getDb(), user.id) });
});

export const PUT = route(async (request) => {
  const { user } = await requireSession(request);
  const input = await parseJson(request, backgroundInput);
  return Response.json({ background: await saveBackground(await getDb(), user.id, input) });
});
