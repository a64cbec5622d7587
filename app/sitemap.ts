import type { MetadataRoute } from "next";
import { getBook, getTranslatedBook } from "@/lib/content";
import { siteUrl } from "@/lib/site-url";

export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteUrl();
  const urdu = getTranslatedBook("ur");
  // Each page names its other language (hreflang), on both the English and the Urdu entry.
  const pair = (en: string, ur: string | undefined) => (ur ? { alternates: { languages: { en: `${origin}${en}`, ur: `${origin}${ur}` } } } : {});
  return [
    { url: `${origin}/`, changeFrequency: "weekly", priority: 1, ...pair("/", "/ur") },
    { url: `${origin}/learn`, changeFrequency: "weekly", priority: 0.9, ...pair("/learn", "/ur/learn") },
    ...getBook().pages.map((page) => ({
      url: `${origin}${page.href}`,
      ...(page.updated && { lastModified: page.updated }),
      changeFrequency: "weekly" as const,
      priority: page.kind === "overview" ? 0.8 : 0.7,
      ...pair(page.href, urdu.bySlug.get(page.slug)?.href),
    })),
    { url: `${origin}/ur`, changeFrequency: "weekly", priority: 0.6, ...pair("/", "/ur") },
    { url: `${origin}/ur/learn`, changeFrequency: "weekly", priority: 0.6, ...pair("/learn", "/ur/learn") },
    ...urdu.pages.map((page) => ({
      url: `${origin}${page.href}`,
      ...(page.updated && { lastModified: page.updated }),
      changeFrequency: "weekly" as const,
      priority: 0.5,
      ...pair(getBook().bySlug.get(page.slug)!.href, page.href),
    })),
  ];
}
