import { getBook } from "@/lib/content";
import { buildSearchIndex } from "@/lib/search/build-index";

// Built once at `next build` and served as a static file.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSearchIndex(getBook()));
}
