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

  // What a browser makes of `?next=/%09/evil.example` and its kin once decoded: the
  // URL parser drops tabs and line breaks, leaving a protocol-relative "//evil.example".
  it.each(["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\r\n/evil.example", "/\t\\evil.example", "\t//evil.example"])(
    "ignores the whitespace trick %j",
    (path) => {
      expect(safeNext(path)).toBe("/");
      expect(withNext("/sign-in", path)).toBe("/sign-in");
    },
  );

  it("never returns a line break that would break the Location header", () => {
    expect(safeNext("/learn\r\nSet-Cookie: x=1")).not.toMatch(/[\r\n\t]/);
    expect(safeNext("/learn/ros2\n?x=1")).toBe("/learn/ros2?x=1");
  });

  it("carries the target through the sign-in link", () => {
    expect(withNext("/sign-in", "/account")).toBe("/sign-in?next=%2Faccount");
    expect(withNext("/sign-in", "https://evil.example")).toBe("/sign-in");
  });
});
