import { getDb } from "@/db";
import { setFeedback } from "@/db/queries/chat";
import { AppError } from "@/lib/errors";
import { parseJson, requireSession, route } from "@/lib/http";
import { feedbackRequest } from "./schema";

type Params = { params: Promise<{ id: string }> };

const NOT_FOUND = "That answer does not exist.";

export const PUT = route(async (request, { params }: Params) => {
  const { user } = await requireSession(request);
  const { id } = await params;
  // Anything that is not a well-formed message id cannot be one of the caller's answers.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new AppError(404, NOT_FOUND);
  const { rating, note } = await parseJson(request, feedbackRequest);
  const feedback = rating ? { rating, note: note || null } : null;
  if (!(await setFeedback(await getDb(), user.id, id, feedback))) throw new AppError(404, NOT_FOUND);
  return Response.json({ id, rating: feedback?.rating ?? null, note: feedback?.note ?? null });
});
