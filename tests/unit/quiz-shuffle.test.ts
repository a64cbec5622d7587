import { describe, expect, it } from "vitest";
import { shuffledOrder } from "@/lib/learning/shuffle";

describe("quiz option order", () => {
  it("is a permutation, the same for the same reader and quiz", () => {
    const order = shuffledOrder(4, "reader-1:ros2-qos");
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(shuffledOrder(4, "reader-1:ros2-qos")).toEqual(order);
  });

  it("puts the right answer in every position across readers", () => {
    const positions = new Set(Array.from({ length: 200 }, (_, reader) => shuffledOrder(4, `reader-${reader}:q`).indexOf(0)));
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });
});
