import { describe, expect, it } from "vitest";
import { describeChatError } from "@/components/chat/api-error";

describe("tutor error states", () => {
  it("explains being offline, with a retry", () => {
    expect(describeChatError(new TypeError("Failed to fetch"))).toEqual({ message: expect.stringMatching(/offline/), retryable: true });
  });

  it("shows the server's sentence for a rate limit, without a pointless retry", () => {
    const error = new Error(JSON.stringify({ error: "You have asked 15 questions in the last hour. Try again in 12 minutes.", retryAfter: 700 }));
    expect(describeChatError(error)).toEqual({ message: expect.stringMatching(/Try again in 12 minutes/), retryable: false });
  });

  it("shows a server error with a retry", () => {
    const error = new Error(JSON.stringify({ error: "The service is temporarily unavailable. Please try again in a moment." }));
    expect(describeChatError(error)).toEqual({ message: expect.stringMatching(/temporarily unavailable/), retryable: true });
  });

  it("says nothing when there is no error", () => {
    expect(describeChatError(undefined)).toBeNull();
  });
});
