import type { MetadataRoute } from "next";
import { getBook } from "@/lib/content";
import { siteUrl } from "@/lib/site-url";

export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteUrl();
  return [
    { url: `${origin}/`, changeFrequency: "weekly", priority: 1 },
    { url: `${origin}/learn`, changeFrequency: "weekly", priority: 0.9 },
    ...getBook().pages.map((page) => ({
      url: `${origin}${page.href}`,
      ...(page.updated && { lastModified: page.updated }),
      changeFrequency: "weekly" as const,
      priority: page.kind === "overview" ? 0.8 : 0.7,
    })),
  ];
}
