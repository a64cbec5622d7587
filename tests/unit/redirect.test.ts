import { describe, expect, it } from "vitest";
import { safeNext, withNext } from "@/lib/redirect";

describe("post-sign-in redirects", () => {
  it.each(["/account", "/learn/ros2/nodes?x=1#qos"])("follows the same-site path %s", (path) => {
    expect(safeNext(path)).toBe(path);
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined])(
    "ignores %j",
    (path) => {
      expect(safeNext(path)).toBe("/");
    },
  );

  it("carries the target through the sign-in link", () => {
    expect(withNext("/sign-in", "/account")).toBe("/sign-in?next=%2Faccount");
    expect(withNext("/sign-in", "https://evil.example")).toBe("/sign-in");
  });
});
