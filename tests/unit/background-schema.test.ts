import { describe, expect, it } from "vitest";
import { backgroundInput } from "@/lib/background/schema";
import { validBackground } from "../support/fixtures";

describe("background input", () => {
  it("accepts a complete set of answers", () => {
    expect(backgroundInput.parse(validBackground)).toEqual(validBackground);
  });

  it("accepts empty multi-selects and no note", () => {
    const { goalsNote: _note, ...rest } = validBackground;
    expect(backgroundInput.parse({ ...rest, sensors: [], goals: [] })).toMatchObject({ sensors: [], goals: [], goalsNote: null });
  });

  it.each([
    ["programmingExperience", "expert"],
    ["gpu", "tpu"],
    ["jetson", "orin_agx_thor"],
    ["robotAccess", "spot"],
    ["hoursPerWeek", 12],
    ["sensors", ["radar"]],
    ["goals", "career"],
    ["goalsNote", "x".repeat(501)],
  ])("rejects %s = %j", (field, value) => {
    const result = backgroundInput.safeParse({ ...validBackground, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0]).toBe(field);
  });

  it("rejects fields it does not know, such as a user id", () => {
    const result = backgroundInput.safeParse({ ...validBackground, userId: "u1" });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain("userId");
  });
});
