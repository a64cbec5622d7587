import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";

export default function robots(): MetadataRoute.Robots {
  const origin = siteUrl();
  return {
    // The book is for everyone; a reader's own pages and the API are not for crawlers.
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/onboarding", "/sign-in", "/sign-up"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
