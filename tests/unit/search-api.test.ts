import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/search/route";

const search = async (query: string) => {
  const response = await GET(new Request(`http://localhost/api/search?${query}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("GET /api/search", () => {
  it("returns ranked passages that link to their section", async () => {
    const { status, body } = await search("q=transient+local+durability+late+joining+subscriber&k=3");
    expect(status).toBe(200);
    const results = body.results as { chapter: string; title: string; heading: string; href: string; text: string; score: number }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results[0]).toMatchObject({ chapter: "ros2/architecture-dds-qos", href: expect.stringMatching(/^\/learn\/ros2\/architecture-dds-qos#/) });
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
  });

  it("returns nothing for a question the book does not cover", async () => {
    const { status, body } = await search("q=" + encodeURIComponent("best lasagna recipe for a dinner party"));
    expect(status).toBe(200);
    expect(body.results).toEqual([]);
  });

  it.each([
    ["q=", "q"],
    ["k=3", "q"],
    [`q=${"x".repeat(501)}`, "q"],
    ["q=nav2&k=0", "k"],
    ["q=nav2&k=21", "k"],
    ["q=nav2&k=three", "k"],
  ])("rejects %s with a 400 naming %s", async (query, field) => {
    const { status, body } = await search(query);
    expect(status).toBe(400);
    expect(Object.keys(body.fields as object)).toContain(field);
  });
});
