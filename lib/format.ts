// Dates as the app shows them everywhere: "3 Nov 2026", "3 Nov 2026, 14:05".
const LOCALE = "en-GB";

export const formatDate = (date: Date, options: { timeZone?: string } = {}) =>
  date.toLocaleDateString(LOCALE, { dateStyle: "medium", ...options });

export const formatDateTime = (date: Date) => date.toLocaleString(LOCALE, { dateStyle: "medium", timeStyle: "short" });
