import { getBook, getPage } from "@/lib/content";
import { pageMarkdown } from "@/lib/content/markdown-export";

// Served as /learn/<module>/<chapter>.md (a rewrite in next.config.ts); prerendered for every page.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getBook().pages.map((page) => ({ slug: page.slug.split("/") }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string[] }> }) {
  const page = getPage((await params).slug.join("/"));
  if (!page) return new Response("No such chapter.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(pageMarkdown(page), { headers: { "content-type": "text/markdown; charset=utf-8" } });
}
