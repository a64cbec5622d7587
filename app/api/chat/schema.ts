import { z } from "zod";
import { MESSAGE_MAX, SELECTION_MAX } from "@/lib/ai/tutor-message";

const slug = z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, "must be a chapter slug such as ros2/tf2-and-rviz");


/** POST /api/chat: only the new message travels; the server holds the history. */
export const chatRequest = z.strictObject({
  conversationId: z.uuid("must be a conversation id").optional(),
  message: z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1–64 letters, digits, '-' or '_'"),
    text: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(MESSAGE_MAX, `must be at most ${MESSAGE_MAX.toLocaleString("en")} characters`),
  }),
  selection: z
    .strictObject({
      text: z
        .string()
        .trim()
        .min(1, "must not be empty")
        .max(SELECTION_MAX, `must be at most ${SELECTION_MAX.toLocaleString("en")} characters`),
      chapter: slug.optional(),
      heading: z.string().max(300).optional(),
    })
    .optional(),
  chapter: slug.optional(),
});

export type ChatRequest = z.infer<typeof chatRequest>;
