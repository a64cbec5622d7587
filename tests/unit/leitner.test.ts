import { describe, expect, it } from "vitest";
import { BOX_INTERVAL_DAYS, afterReview, missed } from "@/lib/learning/leitner";

const now = new Date("2026-12-01T10:00:00Z");
const days = (state: { dueAt: Date } | null) => (state ? (state.dueAt.getTime() - now.getTime()) / 86_400_000 : null);

describe("the review schedule", () => {
  it("starts a missed item in the first box, due at once", () => {
    expect(missed(now)).toEqual({ box: 0, dueAt: now });
  });

  it("moves an item answered right to a longer interval each time, then out of review", () => {
    let state = missed(now);
    const intervals: (number | null)[] = [];
    for (let i = 0; i < BOX_INTERVAL_DAYS.length; i++) {
      state = afterReview(state, true, now);
      intervals.push(days(state));
    }
    expect(intervals).toEqual([1, 3, 7, 16, null]);
  });

  it("sends an item answered wrong back to the start, from any box", () => {
    const late = { box: 3, dueAt: now };
    expect(afterReview(late, false, now)).toEqual({ box: 0, dueAt: now });
  });
});
