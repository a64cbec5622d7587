import { CONDITION_LABELS } from "@/lib/background/match";
import type { Lang } from "@/lib/content/urls";

// The words of the book's own interface (not of its chapters) in each language
// the book is read in. Server and client components both read it, so nothing here touches Node.

export type { Lang };

/** `<html lang dir>` of a language. */
export const DIRECTION: Record<Lang, "ltr" | "rtl"> = { en: "ltr", ur: "rtl" };

/** The language switch's label, in the language it switches to (a reader of that language recognises it). */
export const LANGUAGE_NAME: Record<Lang, string> = { en: "English", ur: "اردو" };

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
  personalise: {
    button: "Personalise for me",
    showOriginal: "Show the original",
    stop: "Stop",
    starting: "Personalising…",
    progress: "Personalising for your background: section {done} of {total}…",
    rendering: "Preparing your chapter…",
    signIn: "Sign in",
    signInInvite: "to have this chapter personalised for your background.",
    onboarding: "Answer the background questionnaire",
    onboardingInvite: "first: the chapter is personalised from your answers.",
    forYourSetup: "For your setup",
    pathTitle: "Your path through this chapter",
    noPath: "This chapter has no particular path for your setup: read it in order. The blocks for your setup are open and marked; the others are folded.",
    sectionsForYou: "Sections for your setup:",
    modelLine: "With a language model configured, the whole chapter can be rewritten for your background.",
    personalised: "This chapter is rewritten for your background. Headings, code, maths, figures and exercises are exactly as the book has them.",
    originalParts: {
      one: " {count} section could not be rewritten safely and is as the book has it.",
      other: " {count} sections could not be rewritten safely and are as the book has them.",
    },
    kept: "Kept as in the original",
    partAsBook: "This section could not be rewritten safely: it is as the book has it.",
    stopped: "Stopped: the chapter is as the book has it.",
    failed: "The chapter could not be personalised right now, so it is as the book has it. Try again in a moment.",
    offline: "You appear to be offline. Check your connection and try again.",
    limit: {
      one: "You have used this hour's allowance of tutor questions and personalised chapters. Try again in {count} minute.",
      other: "You have used this hour's allowance of tutor questions and personalised chapters. Try again in {count} minutes.",
    },
    conditions: CONDITION_LABELS as Record<string, string>,
  },
};

export type UiText = typeof en;

/**
 * "Personalise for me"'s words, handed by the server to the client component as plain strings (no functions),
 * so a chapter does not download every language's dictionary: `{name}` fills with lib/text-template.ts.
 */
export type PersonaliseText = UiText["personalise"];

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
  personalise: {
    button: "میرے لیے موزوں بنائیں",
    showOriginal: "اصل متن دکھائیں",
    stop: "روکیں",
    starting: "موزوں بنایا جا رہا ہے…",
    progress: "آپ کے پس منظر کے مطابق لکھا جا رہا ہے: حصہ {done} از {total}…",
    rendering: "آپ کا باب تیار ہو رہا ہے…",
    signIn: "سائن اِن کریں",
    signInInvite: "تاکہ یہ باب آپ کے پس منظر کے مطابق بنایا جا سکے۔",
    onboarding: "پس منظر کا سوال نامہ بھریں",
    onboardingInvite: "پہلے: باب آپ کے جوابات کے مطابق بنایا جاتا ہے۔",
    forYourSetup: "آپ کے سیٹ اپ کے لیے",
    pathTitle: "اس باب میں آپ کا راستہ",
    noPath: "اس باب میں آپ کے سیٹ اپ کے لیے کوئی خاص راستہ نہیں: اسے ترتیب سے پڑھیں۔ آپ کے سیٹ اپ کے حصے کھلے اور نشان زد ہیں؛ باقی بند ہیں۔",
    sectionsForYou: "آپ کے سیٹ اپ کے حصے:",
    modelLine: "لینگویج ماڈل ترتیب دیا ہو تو پورا باب آپ کے پس منظر کے مطابق دوبارہ لکھا جا سکتا ہے۔",
    personalised: "یہ باب آپ کے پس منظر کے مطابق دوبارہ لکھا گیا ہے۔ عنوانات، کوڈ، ریاضی، اشکال اور مشقیں بالکل کتاب کے مطابق ہیں۔",
    originalParts: {
      one: " {count} حصہ محفوظ طریقے سے دوبارہ نہیں لکھا جا سکا اور کتاب کے مطابق ہے۔",
      other: " {count} حصے محفوظ طریقے سے دوبارہ نہیں لکھے جا سکے اور کتاب کے مطابق ہیں۔",
    },
    kept: "اصل کے مطابق رکھا گیا",
    partAsBook: "یہ حصہ محفوظ طریقے سے دوبارہ نہیں لکھا جا سکا: یہ کتاب کے مطابق ہے۔",
    stopped: "روک دیا گیا: باب کتاب کے مطابق ہے۔",
    failed: "اس وقت باب موزوں نہیں بنایا جا سکا، اس لیے یہ کتاب کے مطابق ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔",
    offline: "لگتا ہے آپ آف لائن ہیں۔ اپنا کنکشن دیکھیں اور دوبارہ کوشش کریں۔",
    limit: {
      one: "آپ اس گھنٹے کے ٹیوٹر سوالات اور موزوں ابواب کی حد پوری کر چکے ہیں۔ {count} منٹ بعد دوبارہ کوشش کریں۔",
      other: "آپ اس گھنٹے کے ٹیوٹر سوالات اور موزوں ابواب کی حد پوری کر چکے ہیں۔ {count} منٹ بعد دوبارہ کوشش کریں۔",
    },
    conditions: {
      jetson: "اگر آپ کے پاس NVIDIA Jetson ہے",
      "rtx-gpu": "اگر آپ کے پاس RTX GPU ہے",
      "no-gpu": "اگر آپ کے پاس NVIDIA GPU نہیں ہے",
      "cloud-gpu": "اگر آپ کلاؤڈ GPU استعمال کرتے ہیں",
      "depth-camera": "اگر آپ کے پاس ڈیپتھ کیمرا ہے",
      lidar: "اگر آپ کے پاس LiDAR ہے",
      "unitree-go2": "اگر آپ کے پاس Unitree Go2 ہے",
      "unitree-g1": "اگر آپ کے پاس Unitree G1 ہے",
      ros2: "اگر آپ ROS 2 پہلے سے جانتے ہیں",
      beginner: "اگر آپ پروگرامنگ میں نئے ہیں",
      intermediate: "اگر آپ باقاعدگی سے پروگرامنگ کرتے ہیں",
      advanced: "اگر آپ تجربہ کار پروگرامر ہیں",
    },
  },
};

export const UI: Record<Lang, UiText> = { en, ur };

/** The chapter's link to its other language: that language's name, and "Read in …" in it. */
export const languageSwitchText = (to: Lang) => ({ name: LANGUAGE_NAME[to], title: UI[to].readIn(LANGUAGE_NAME[to]) });
