import { describe, expect, it } from "vitest";
import { describeAuthError } from "@/components/auth/auth-errors";

describe("auth error messages", () => {
  it("says wrong email or password", () => {
    expect(describeAuthError({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" })).toBe("Wrong email or password.");
  });

  it("says the email is already registered", () => {
    expect(describeAuthError({ status: 422, code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" })).toMatch(/already registered/);
  });

  it("tells a rate-limited user how long to wait", () => {
    expect(describeAuthError({ status: 429 }, "42")).toBe("Too many attempts. Please wait 42 seconds and try again.");
    expect(describeAuthError({ status: 429 }, null)).toMatch(/wait a minute/);
  });

  it("explains a network failure", () => {
    expect(describeAuthError({})).toMatch(/Could not reach the server/);
  });
});
