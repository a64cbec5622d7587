import { z } from "zod";

export const renameRequest = z.strictObject({
  title: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
});

/** `cursor` is "<ISO time>_<id>" of the last conversation on the previous page. */
export const listQuery = z.object({
  cursor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/, "must be the nextCursor of a previous page")
    .optional(),
});
