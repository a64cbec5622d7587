import { getBook } from "@/lib/content";
import { llmsTxt } from "@/lib/content/markdown-export";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-static";

export function GET() {
  return new Response(llmsTxt(getBook(), siteUrl()), { headers: { "content-type": "text/plain; charset=utf-8" } });
}
