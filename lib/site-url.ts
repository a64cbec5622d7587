import { env } from "./env";

export const SITE_NAME = "Physical AI & Humanoid Robotics";

/** The app's public origin, for absolute links in what is read outside the app (sitemap, robots, llms.txt). */
export function siteUrl(): string {
  const e = env();
  if (e.BETTER_AUTH_URL) return e.BETTER_AUTH_URL.replace(/\/+$/, "");
  if (e.VERCEL_PROJECT_PRODUCTION_URL) return `https://${e.VERCEL_PROJECT_PRODUCTION_URL}`;
  return `http://localhost:${e.PORT}`;
}
