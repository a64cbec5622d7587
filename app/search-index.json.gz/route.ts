import { gzipSync } from "node:zlib";
import { getBook } from "@/lib/content";
import { buildSearchIndex } from "@/lib/search/build-index";

// Built once at `next build` and served as a static file. Gzipped here, not by the server: `next start` sends
// route output uncompressed, and the index holds the whole book's text.
export const dynamic = "force-static";

export function GET() {
  return new Response(gzipSync(JSON.stringify(buildSearchIndex(getBook())), { level: 9 }), {
    headers: { "Content-Type": "application/gzip" },
  });
}
