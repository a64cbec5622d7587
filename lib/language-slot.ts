/**
 * Where a chapter's language switch moves once the page runs: the sticky site header, in reach from anywhere in
 * the chapter. Apart from lib/i18n.ts so the switch, a client component, does not download the dictionaries.
 */
export const LANGUAGE_SLOT_ID = "language-switch-slot";
