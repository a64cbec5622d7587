import type { Lang } from "@/lib/content/urls";

// The words of the book's own interface (not of its chapters) in each language
// the book is read in. Server and client components both read it, so nothing here touches Node.

export type { Lang };

/** `<html lang dir>` of a language. */
export const DIRECTION: Record<Lang, "ltr" | "rtl"> = { en: "ltr", ur: "rtl" };

/** The language switch's label, in the language it switches to (a reader of that language recognises it). */
export const LANGUAGE_NAME: Record<Lang, string> = { en: "English", ur: "اردو" };

/** Where a chapter's language switch moves once the page runs: the sticky site header, in reach from anywhere in the chapter. */
export const LANGUAGE_SLOT_ID = "language-switch-slot";

const en = {
  skipToContent: "Skip to content",
  siteName: "Physical AI & Humanoid Robotics",
  footer: "Physical AI & Humanoid Robotics — an open, interactive textbook.",
  readTheBook: "Read the book",
  book: "Book",
  bookChapters: "Book chapters",
  chapters: "Chapters",
  close: "Close",
  overview: "Overview",
  overviewOf: (title: string) => `${title} — overview`,
  onThisPage: "On this page",
  previousAndNext: "Previous and next chapter",
  previous: "← Previous",
  next: "Next →",
  minRead: (minutes: number) => `${minutes} min read`,
  withExercises: (minutes: number) => `~${minutes} min with exercises`,
  updated: "Updated",
  editThisPage: "Edit this page",
  youWillBeAbleTo: "You will be able to",
  chaptersInModule: "Chapters in this module",
  breadcrumb: "Breadcrumb",
  callout: { note: "Note", tip: "Tip", warning: "Warning", danger: "Danger" },
  exercise: "Exercise",
  showSolution: "Show solution",
  chooseVersion: "Choose a version",
  language: "Language",
  readIn: (language: string) => `Read in ${language}`,
  staleNotice: "The English chapter has changed since this translation was made; the English version is the current one.",
  readCurrentEnglish: "Read the current English",
  searchTheBook: "Search the book",
  searchPlaceholder: "Search chapters, sections and text…",
  searchFailed: "The search index could not be loaded. Check your connection and try again.",
  searchLoading: "Loading the index…",
  searchHint: "Type at least two characters. ↑ ↓ to move, Enter to open.",
  searchNothing: (query: string) => `No section mentions “${query}”.`,
  searchResults: "Results",
  theBook: "The book",
  bookSummary: (modules: number, chapters: number) =>
    `${modules} modules, ${chapters} chapters. Read in order, or jump to what you need — each chapter lists what it assumes you know.`,
  minutes: (minutes: number) => `${minutes} min`,
};

export type UiText = typeof en;

const ur: UiText = {
  skipToContent: "مواد پر جائیں",
  siteName: "Physical AI اور Humanoid Robotics",
  footer: "Physical AI اور Humanoid Robotics — ایک کھلی، انٹرایکٹو درسی کتاب۔",
  readTheBook: "کتاب پڑھیں",
  book: "کتاب",
  bookChapters: "کتاب کے ابواب",
  chapters: "ابواب",
  close: "بند کریں",
  overview: "تعارف",
  overviewOf: (title: string) => `${title} — تعارف`,
  onThisPage: "اس صفحے پر",
  previousAndNext: "پچھلا اور اگلا باب",
  previous: "→ پچھلا",
  next: "اگلا ←",
  minRead: (minutes: number) => `${minutes} منٹ کا مطالعہ`,
  withExercises: (minutes: number) => `مشقوں سمیت تقریباً ${minutes} منٹ`,
  updated: "تازہ کاری",
  editThisPage: "یہ صفحہ ترمیم کریں",
  youWillBeAbleTo: "آپ یہ کر سکیں گے",
  chaptersInModule: "اس ماڈیول کے ابواب",
  breadcrumb: "راستہ",
  callout: { note: "نوٹ", tip: "مشورہ", warning: "انتباہ", danger: "خطرہ" },
  exercise: "مشق",
  showSolution: "حل دکھائیں",
  chooseVersion: "ایک ورژن منتخب کریں",
  language: "زبان",
  readIn: (language: string) => `${language} میں پڑھیں`,
  staleNotice: "یہ ترجمہ ہونے کے بعد انگریزی باب بدل چکا ہے؛ تازہ ترین متن انگریزی میں ہے۔",
  readCurrentEnglish: "تازہ انگریزی متن پڑھیں",
  searchTheBook: "کتاب میں تلاش کریں",
  searchPlaceholder: "ابواب، حصوں اور متن میں تلاش کریں…",
  searchFailed: "تلاش کا اشاریہ لوڈ نہیں ہو سکا۔ اپنا کنکشن دیکھیں اور دوبارہ کوشش کریں۔",
  searchLoading: "اشاریہ لوڈ ہو رہا ہے…",
  searchHint: "کم از کم دو حروف لکھیں۔ ↑ ↓ سے آگے پیچھے، Enter سے کھولیں۔",
  searchNothing: (query: string) => `کسی حصے میں ”${query}“ نہیں ملا۔`,
  searchResults: "نتائج",
  theBook: "کتاب",
  bookSummary: (modules: number, chapters: number) =>
    `${modules} ماڈیول، ${chapters} ابواب۔ ترتیب سے پڑھیں یا جو چاہیے اس پر جائیں — ہر باب بتاتا ہے کہ وہ آپ سے کیا جاننے کی توقع رکھتا ہے۔`,
  minutes: (minutes: number) => `${minutes} منٹ`,
};

export const UI: Record<Lang, UiText> = { en, ur };
