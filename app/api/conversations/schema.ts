import { z } from "zod";
import { CONVERSATION_TITLE_MAX } from "@/lib/limits";
import { storableText } from "@/lib/storable-text";

export const renameRequest = z.strictObject({
  title: storableText().trim().min(1, "must not be empty").max(CONVERSATION_TITLE_MAX, `must be at most ${CONVERSATION_TITLE_MAX} characters`),
});

const CURSOR_HINT = "must be the nextCursor of a previous page";

/** `cursor` is "<ISO time>_<id>" of the last conversation on the previous page. */
export const listQuery = z.object({
  cursor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/, CURSOR_HINT)
    .transform((cursor, ctx) => {
      const [time = "", id = ""] = cursor.split("_");
      const updatedAt = new Date(time);
      // The pattern lets through times that cannot be, such as month 13.
      if (Number.isNaN(updatedAt.getTime())) {
        ctx.issues.push({ code: "custom", message: CURSOR_HINT, input: cursor });
        return z.NEVER;
      }
      return { updatedAt, id };
    })
    .optional(),
});
