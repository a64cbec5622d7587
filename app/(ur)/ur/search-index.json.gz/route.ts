import { gzipSync } from "node:zlib";
import { getTranslatedBook } from "@/lib/content";
import { buildSearchIndex } from "@/lib/search/build-index";

// The Urdu book's search index, as /search-index.json.gz is the English one's: built once at `next build`.
export const dynamic = "force-static";

export function GET() {
  return new Response(gzipSync(JSON.stringify(buildSearchIndex(getTranslatedBook("ur"))), { level: 9 }), {
    headers: { "Content-Type": "application/gzip" },
  });
}
