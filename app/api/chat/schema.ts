import { z } from "zod";
import type { SelectionPart } from "@/lib/ai/tutor-message";
import { LANGS, PAGE_SLUG, PAGE_SLUG_HINT } from "@/lib/content/urls";
import { MESSAGE_MAX, SELECTION_MAX } from "@/lib/limits";
import { storableText } from "@/lib/storable-text";

const slug = z.string().regex(PAGE_SLUG, PAGE_SLUG_HINT);

const selection = z.strictObject({
  text: storableText()
    .trim()
    .min(1, "must not be empty")
    .max(SELECTION_MAX, `must be at most ${SELECTION_MAX.toLocaleString("en")} characters`),
  chapter: slug.optional(),
  heading: storableText().max(300).optional(),
  // The heading id of the section the selection comes from, so its citation links there.
  anchor: z
    .string()
    .max(200)
    .regex(/^[a-z0-9-]*$/, "must be a heading id")
    .optional(),
}) satisfies z.ZodType<SelectionPart>;

/** POST /api/chat: only the new message travels; the server holds the history. */
export const chatRequest = z.strictObject({
  conversationId: z.uuid("must be a conversation id").optional(),
  message: z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1–64 letters, digits, '-' or '_'"),
    text: storableText()
      .trim()
      .min(1, "must not be empty")
      .max(MESSAGE_MAX, `must be at most ${MESSAGE_MAX.toLocaleString("en")} characters`),
  }),
  selection: selection.optional(),
  chapter: slug.optional(),
  /** The language of the book the reader has open: the tutor answers an Urdu reader in Urdu. */
  lang: z.enum(LANGS).optional(),
});
