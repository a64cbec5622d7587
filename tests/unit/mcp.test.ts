import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE, GET, POST } from "@/app/api/mcp/route";
import { getRetriever } from "@/lib/rag";

const ENDPOINT = "http://localhost:3000/api/mcp";
const handlers = { GET, POST, DELETE } as Record<string, (request: Request) => Promise<Response> | Response>;

// The SDK's own client, its requests handed to the route handlers as Next would hand them.
const client = new Client({ name: "mcp-test", version: "1.0.0" });
const transport = new StreamableHTTPClientTransport(new URL(ENDPOINT), {
  fetch: async (url, init) => {
    const request = new Request(url, init);
    const handler = handlers[request.method];
    return handler ? handler(request) : new Response(null, { status: 405 });
  },
});

beforeAll(() => client.connect(transport));
afterAll(() => client.close());

type Found = { chapter: string; title: string; heading: string; href: string; url: string; text: string; score: number };
const text = (result: CallToolResult) => result.content.map((part) => (part.type === "text" ? part.text : "")).join("");

describe("MCP server at /api/mcp", () => {
  it("lists search_book and get_section", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(["get_section", "search_book"]);
    const search = tools.find((tool) => tool.name === "search_book")!;
    expect(search.inputSchema.required).toEqual(["query"]);
    expect(search.annotations?.readOnlyHint).toBe(true);
  });

  it("search_book returns the tutor's passages with deep links, and get_section reads one whole", async () => {
    const result = (await client.callTool({ name: "search_book", arguments: { query: "static transform broadcaster", k: 3 } })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    const { results } = result.structuredContent as { results: Found[] };
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);

    const tutor = await (await getRetriever()).search("static transform broadcaster", { k: 3, wholeSections: true });
    expect(results.map(({ href, text, score }) => ({ href, text, score }))).toEqual(tutor.map(({ href, text, score }) => ({ href, text, score })));
    for (const found of results) {
      expect(found.href).toMatch(/^\/learn\/[a-z0-9-]+\/[a-z0-9-]+(#[a-z0-9-]+)?$/);
      expect(found.url).toBe(`http://localhost:3000${found.href}`);
      expect(text(result)).toContain(found.url);
    }

    const first = results[0]!;
    const section = (await client.callTool({ name: "get_section", arguments: { href: first.href } })) as CallToolResult;
    expect(section.isError).toBeFalsy();
    const read = section.structuredContent as Found;
    expect(read).toMatchObject({ chapter: first.chapter, title: first.title, heading: first.heading, href: first.href });
    // The tutor's passage is the section, or its first SECTION_WORDS.
    expect(read.text.startsWith(first.text.slice(0, 200))).toBe(true);
    expect(text(section)).toContain(read.text);

    const byUrl = (await client.callTool({ name: "get_section", arguments: { href: first.url } })) as CallToolResult;
    expect(byUrl.structuredContent).toEqual(read);
  });

  it("reads a chapter's opening text from a link without a #heading", async () => {
    const { results } = (await client.callTool({ name: "search_book", arguments: { query: "static transform broadcaster", k: 1 } }))
      .structuredContent as { results: Found[] };
    const chapterHref = results[0]!.href.split("#")[0]!;
    const opening = (await client.callTool({ name: "get_section", arguments: { href: chapterHref } })) as CallToolResult;
    expect(opening.isError).toBeFalsy();
    expect((opening.structuredContent as Found).href).toBe(chapterHref);
  });

  it("answers a question the book does not cover with no results", async () => {
    const result = (await client.callTool({ name: "search_book", arguments: { query: "best lasagna recipe for a dinner party" } })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ results: [] });
  });

  it.each([
    ["an unknown chapter", "/learn/ros2/no-such-chapter", /No section at \/learn\/ros2\/no-such-chapter/],
    ["an unknown heading", "/learn/ros2/architecture-dds-qos#no-such-heading", /No section at/],
    ["a link outside the book", "/account", /section link/],
    ["a link with a path after the chapter", "/learn/ros2/architecture-dds-qos/extra", /section link/],
  ])("get_section on %s is a tool error, not a crash", async (_, href, message) => {
    const result = (await client.callTool({ name: "get_section", arguments: { href } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(message);
  });

  it.each([
    [{ query: "nav2", k: 0 }, / at k$/],
    [{ query: "nav2", k: 11 }, / at k$/],
    [{ query: "nav2", k: 2.5 }, / at k$/],
    [{ query: "   " }, / at query$/],
    [{ query: "x".repeat(501) }, / at query$/],
  ])("search_book refuses %j as a tool error", async (args, field) => {
    const result = (await client.callTool({ name: "search_book", arguments: args })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/Input validation error/);
    expect(text(result)).toMatch(field);
  });

  it("refuses GET and DELETE: the server is stateless", async () => {
    for (const handler of [GET, DELETE]) {
      const response = await handler();
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
    }
  });

  it("refuses a browser page on another site", async () => {
    const response = await POST(
      new Request(ENDPOINT, {
        method: "POST",
        headers: { origin: "https://elsewhere.example", "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
      }),
    );
    expect(response.status).toBe(403);
  });
});
