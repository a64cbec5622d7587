import { z } from "zod";
import { FEEDBACK_RATINGS } from "@/lib/ai/tutor-message";
import { FEEDBACK_NOTE_MAX } from "@/lib/limits";
import { storableText } from "@/lib/storable-text";

/** PUT /api/messages/:id/feedback: thumbs up or down (null takes it back), and for a thumbs down what was wrong. */
export const feedbackRequest = z.strictObject({
  rating: z.enum(FEEDBACK_RATINGS, "must be \"up\", \"down\" or null").nullable(),
  note: storableText().trim().max(FEEDBACK_NOTE_MAX, `must be at most ${FEEDBACK_NOTE_MAX} characters`).optional(),
});
