import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mdxOptions } from "@/lib/content/mdx-options";

async function render(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, { ...runtime, ...mdxOptions } as never);
  return renderToStaticMarkup(Content({}));
}

describe("highlighted code in chapters", () => {
  it("names each token colour pair by a class defined once, not by an inline style on every token", async () => {
    const html = await render("```python\nimport rclpy\nimport json\nnode = rclpy.create_node('talker')  # a comment\n```\n\n```bash\nros2 run demo talker\n```\n");
    expect(html).not.toMatch(/style="--shiki/);
    const rules = new Map([...html.matchAll(/\.(k[0-9a-f]{6})\{(--shiki-dark:#[0-9A-Fa-f]{6};--shiki-light:#[0-9A-Fa-f]{6})\}/g)].map((m) => [m[1], m[2]]));
    expect(rules.size).toBeGreaterThan(3);
    const used = [...html.matchAll(/<span class="(k[0-9a-f]{6})">/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(rules.size);
    expect(used.filter((name) => !rules.has(name))).toEqual([]);
    // One <style> for the page, before the first block it colours.
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.indexOf("<style>")).toBeLessThan(html.indexOf("<pre"));
  });

  it("adds nothing to a page without code", async () => {
    expect(await render("Just prose, and `inline code`.")).not.toContain("<style>");
  });
});

describe("inline code in chapters", () => {
  it("is a plain <code>, not a highlighted block of one line", async () => {
    expect(await render("Publish on `cmd_vel` at 10 Hz.")).toContain("<p>Publish on <code>cmd_vel</code> at 10 Hz.</p>");
  });
});
