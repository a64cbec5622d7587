import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/search-index.json.gz/route";
import { createSearch, searchDocs, searchSections, tokenize, type SearchIndex } from "@/lib/search/search-docs";

let search: ReturnType<typeof createSearch>;

beforeAll(async () => {
  const response = GET();
  expect(response.headers.get("content-type")).toBe("application/gzip");
  const index = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString("utf8")) as SearchIndex;
  search = createSearch();
  search.addAll(searchDocs(index));
});

const top = (query: string) => searchSections(search, query).slice(0, 3).map((hit) => `${hit.id} (${hit.heading})`);

describe("search over the whole book", () => {
  it("splits code identifiers and keeps them whole", () => {
    expect(tokenize("StaticTransformBroadcaster foot_cop HTTPServer")).toEqual([
      "StaticTransformBroadcaster", "Static", "Transform", "Broadcaster",
      "foot_cop", "foot", "cop",
      "HTTPServer", "HTTP", "Server",
    ]);
  });

  it.each([
    ["StaticTransformBroadcaster", /^\/learn\/ros2\/tf2-and-rviz#/],
    ["static transform broadcaster", /^\/learn\/ros2\/tf2-and-rviz#/],
    ["how do I make my robot walk", /^\/learn\/humanoid\//],
  ])("finds %s", (query, where) => {
    const hits = top(query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatch(where);
  });

  it("finds words deep inside a section, past its first lines", () => {
    expect(top("sixteenfold")[0]).toMatch(/^\/learn\/simulation\/sensor-simulation#/);
  });

  it("ranks a section whose heading carries the words above ones that only mention them", () => {
    const [first] = searchSections(search, "discovery and domains");
    expect(first?.heading).toMatch(/Discovery and domains/i);
  });

  it("falls back to any word, with typos, when no section has them all", () => {
    expect(top("quaternoin zzqx").length).toBeGreaterThan(0);
  });
});
