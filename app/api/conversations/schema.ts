import { z } from "zod";
import { CONVERSATION_TITLE_MAX } from "@/lib/limits";

export const renameRequest = z.strictObject({
  title: z.string().trim().min(1, "must not be empty").max(CONVERSATION_TITLE_MAX, `must be at most ${CONVERSATION_TITLE_MAX} characters`),
});

/** `cursor` is "<ISO time>_<id>" of the last conversation on the previous page. */
export const listQuery = z.object({
  cursor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/, "must be the nextCursor of a previous page")
    .optional(),
});
