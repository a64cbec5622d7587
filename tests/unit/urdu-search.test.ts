import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/(ur)/ur/search-index.json.gz/route";
import { createSearch, searchDocs, searchSections, type SearchIndex } from "@/lib/search/search-docs";

let search: ReturnType<typeof createSearch>;

beforeAll(async () => {
  const index = JSON.parse(gunzipSync(Buffer.from(await GET().arrayBuffer())).toString("utf8")) as SearchIndex;
  search = createSearch();
  search.addAll(searchDocs(index));
});

const top = (query: string) => searchSections(search, query)[0]?.id;

describe("search over the Urdu book", () => {
  it("finds a section by its Urdu words, at the Urdu page and anchor", () => {
    expect(decodeURI(top("اکائیاں محوروں")!)).toBe("/ur/learn/ros2/tf2-and-rviz#rep-103-اکائیاں-اور-محوروں-کی-سمتیں");
  });

  it("reads Urdu typed with Arabic letters (yeh, kaf) and vowel marks as the book's spelling", () => {
    expect(top("اكائياں مُحوروں")).toBe(top("اکائیاں محوروں"));
  });

  it("finds the English terms the Urdu text keeps", () => {
    expect(top("StaticTransformBroadcaster")).toMatch(/^\/ur\/learn\/ros2\/tf2-and-rviz#/);
  });
});
