import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "live-book-"));

const chapter = (title: string, order: number) => `---
title: "${title}"
description: "A chapter."
order: ${order}
objectives:
  - "Read it"
estimatedMinutes: 5
tags: []
---

## First section

Some text.
`;

beforeAll(() => {
  fs.mkdirSync(path.join(dir, "m"));
  fs.writeFileSync(path.join(dir, "m", "one.mdx"), chapter("One", 1));
  vi.stubEnv("CONTENT_DIR", dir);
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("editing the book while the dev server runs", () => {
  it("shows an edited chapter and a new one without a restart", async () => {
    const { getBook } = await import("@/lib/content");
    expect(getBook().pages.map((page) => page.frontmatter.title)).toEqual(["One"]);

    fs.writeFileSync(path.join(dir, "m", "one.mdx"), chapter("One, revised", 1));
    fs.utimesSync(path.join(dir, "m", "one.mdx"), new Date(), new Date(Date.now() + 1000));
    fs.writeFileSync(path.join(dir, "m", "two.mdx"), chapter("Two", 2));
    expect(getBook().pages.map((page) => page.frontmatter.title)).toEqual(["One, revised", "Two"]);
  });

  it("tells the open page to refresh when a chapter file is saved", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const { GET } = await import("@/app/api/dev/content-events/route");
    const abort = new AbortController();
    const response = GET(new Request("http://localhost/api/dev/content-events", { signal: abort.signal }));
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toContain("watching");

    setTimeout(() => fs.writeFileSync(path.join(dir, "m", "one.mdx"), chapter("One, again", 1)), 50);
    const event = decoder.decode((await reader.read()).value);
    expect(event).toMatch(/^data: m\/one\.mdx\n\n$/);
    abort.abort();
    vi.stubEnv("NODE_ENV", "test");
  });

  it("is not served in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { GET } = await import("@/app/api/dev/content-events/route");
    expect(GET(new Request("http://localhost/api/dev/content-events")).status).toBe(404);
    vi.stubEnv("NODE_ENV", "test");
  });
});
