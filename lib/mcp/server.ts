import "server-only";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { getPage } from "@/lib/content";
import { sectionsOf } from "@/lib/content/sections";
import { BOOK_PATH, headingLabel, sectionHref } from "@/lib/content/urls";
import { loggable, UNAVAILABLE } from "@/lib/errors";
import { BODY_MAX_BYTES } from "@/lib/limits";
import { getRetriever, type Passage } from "@/lib/rag";
import { siteUrl } from "@/lib/site-url";

export const SEARCH_K_MAX = 10;

/** A section link as search_book returns it ("/learn/ros2/tf2-and-rviz#static-transforms"), or the same as a full URL. */
const SECTION_LINK = /^(?:https?:\/\/[^/\s]+)?\/learn\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?(?:#[^\s#]+)?$/;

const passageShape = {
  chapter: z.string(),
  title: z.string(),
  heading: z.string(),
  href: z.string(),
  url: z.string(),
  text: z.string(),
};

type Found = { chapter: string; title: string; heading: string; href: string; url: string; text: string };

const found = (passage: Omit<Found, "url">): Found => ({ ...passage, url: `${siteUrl()}${passage.href}` });

const asMarkdown = (passage: Found) => `## ${passage.heading || passage.title}\n${passage.title} — ${passage.url}\n\n${passage.text}`;

const toolError = (message: string): CallToolResult => ({ content: [{ type: "text", text: message }], isError: true });

/** A failure of ours (content, Upstash) is logged and reported without its details, as the HTTP routes do. */
async function guarded(name: string, run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await run();
  } catch (error) {
    console.error(`MCP ${name} failed: ${loggable(error)}`);
    return toolError(UNAVAILABLE);
  }
}

/** The section a /learn link points at, read whole: what the tutor quotes, not cut to a passage's length. */
function sectionAt(link: string): Omit<Found, "url"> | null {
  const { pathname, hash } = new URL(link, "http://book");
  const page = getPage(pathname.slice(BOOK_PATH.length + 1));
  if (!page) return null;
  const anchor = decodeURIComponent(hash.slice(1));
  const section = sectionsOf(page, { includeCode: true }).find((candidate) => candidate.anchor === anchor);
  if (!section) return null;
  return {
    chapter: page.slug,
    title: page.frontmatter.title,
    heading: headingLabel(section.headingPath),
    href: sectionHref(page.href, section.anchor),
    text: section.text,
  };
}

function bookServer(): McpServer {
  const server = new McpServer({ name: "physical-ai-textbook", version: "1.0.0" });

  server.registerTool(
    "search_book",
    {
      title: "Search the textbook",
      description:
        "Finds the sections of the Physical AI & Humanoid Robotics textbook that best answer a question, best first: the same passages the book's tutor answers from, each with a deep link to its section.",
      inputSchema: {
        query: z.string().trim().min(1).max(500).describe("A question or a few keywords, e.g. 'static transform broadcaster'."),
        k: z.number().int().min(1).max(SEARCH_K_MAX).default(5).describe(`How many sections to return, 1–${SEARCH_K_MAX}.`),
      },
      outputSchema: { results: z.array(z.object({ ...passageShape, score: z.number() })) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ query, k }) =>
      guarded("search_book", async () => {
        const passages: Passage[] = await (await getRetriever()).search(query, { k, wholeSections: true });
        const results = passages.map(({ chapter, title, heading, href, text, score }) => ({ ...found({ chapter, title, heading, href, text }), score }));
        const text = results.length
          ? results.map(asMarkdown).join("\n\n---\n\n")
          : "The book has no section about this. Try the terms the chapters use.";
        return { content: [{ type: "text", text }], structuredContent: { results } };
      }),
  );

  server.registerTool(
    "get_section",
    {
      title: "Read a section of the textbook",
      description:
        "Returns one whole section of the textbook as Markdown (code kept), given its link as search_book returns it: /learn/<module>/<chapter>#<heading-id>, or without the #part for the chapter's opening text.",
      inputSchema: {
        href: z
          .string()
          .trim()
          .max(500)
          .regex(SECTION_LINK, "must be a section link such as /learn/ros2/tf2-and-rviz#static-transforms")
          .describe("The section's link, e.g. /learn/ros2/tf2-and-rviz#static-transforms."),
      },
      outputSchema: passageShape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ href }) =>
      guarded("get_section", async () => {
        const section = sectionAt(href);
        if (!section) return toolError(`No section at ${href}. Use a link that search_book returned.`);
        const result = found(section);
        return { content: [{ type: "text", text: asMarkdown(result) }], structuredContent: result };
      }),
  );

  return server;
}

/**
 * Answers one MCP request over streamable HTTP. Stateless, so any instance of
 * a serverless deployment can answer any request: each gets its own server
 * and transport, and replies with plain JSON rather than an event stream.
 */
export async function handleMcpRequest(request: Request): Promise<Response> {
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: BODY_MAX_BYTES,
  });
  const server = bookServer();
  await server.connect(transport);
  try {
    return await transport.handleRequest(request);
  } finally {
    await server.close();
  }
}
