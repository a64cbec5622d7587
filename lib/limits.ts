// Limits on what people type, shared by the forms that show them and the
// server that enforces them.

export const PASSWORD_MIN_LENGTH = 8;

/** A tutor question, and a passage quoted with it. */
export const MESSAGE_MAX = 4000;
export const SELECTION_MAX = 8000;

export const CONVERSATION_TITLE_MAX = 120;

/** What a reader may say about an answer they marked unhelpful. */
export const FEEDBACK_NOTE_MAX = 500;

/** The largest JSON body an app route reads: a full question with a full selection is well under it. */
export const BODY_MAX_BYTES = 64 * 1024;

/** How long an instructor invite link works. */
export const INVITE_LIFETIME_DAYS = 7;
