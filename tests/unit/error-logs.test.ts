import { DrizzleQueryError } from "drizzle-orm/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorResponse, loggable } from "@/lib/errors";

const question = "Why does my robot fall over when I raise its arm?";

describe("error logs", () => {
  afterEach(() => vi.restoreAllMocks());

  it("keep a failed query's SQL and error code but never the reader's text it carried", async () => {
    const cause = Object.assign(new Error(`insert failed for ${question}`), { code: "57P01", name: "error" });
    const failure = new DrizzleQueryError('insert into "messages" ("id", "parts") values ($1, $2)', ["m1", JSON.stringify([{ text: question }])], cause);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(failure, "POST /api/chat");
    expect(response.status).toBe(503);
    const lines = logged.mock.calls.map((call) => call.map(String).join(" ")).join("\n");
    expect(lines).toContain('insert into "messages"');
    expect(lines).toContain("57P01");
    expect(lines).not.toContain("robot");
    expect(loggable(failure)).not.toContain("robot");
  });
});
