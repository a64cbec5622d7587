import { compile, evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mdxOptions } from "@/lib/content/mdx-options";

const SOURCE = `## Frames and \`tf2\`

The transform $T_{AB} = T_{AC} T_{CB}$ chains, see [the docs](/learn/ros2#frames) & <Note>a component</Note>.

- a list with **bold**, *emphasis* and $x^2$
- and a [link](https://docs.ros.org)

$$
p_A = R\\,p_B + t
$$

\`\`\`python title="talker.py"
import rclpy  # "quoted" & <angled>
\`\`\`

| a | b |
|---|---|
| $\\alpha$ | \`c\` |
`;

const components = {
  Note: ({ children }: { children: React.ReactNode }) => <aside className="note">{children}</aside>,
  pre: (props: React.ComponentProps<"pre">) => (
    <div className="code-block">
      <pre {...props} />
    </div>
  ),
};

const withoutStaticHtml = {
  ...mdxOptions,
  rehypePlugins: mdxOptions.rehypePlugins!.slice(0, -1),
  recmaPlugins: [],
};

async function render(options: object): Promise<string> {
  const { default: Content } = await evaluate(SOURCE, { ...runtime, ...options } as never);
  return renderToStaticMarkup(<Content components={components} />);
}

// React and hast-util-to-html write the same DOM a little differently: text escapes (&amp; or &#x26;), a style's last
// semicolon, and the line breaks between table rows and list items that React leaves out.
const decoded = (html: string) =>
  html
    .replace(/>\n+</g, "><")
    .replace(/;"/g, '"')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|amp|lt|gt|nbsp);/g, (_, name: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", nbsp: "\u00a0" })[name]!);

describe("plain HTML handed to React as strings", () => {
  it("renders the same page as element by element", async () => {
    const compact = await render(mdxOptions);
    expect(decoded(compact)).toBe(decoded(await render(withoutStaticHtml)));
    // Still a component's children, and still inside the replaced <pre>.
    expect(compact).toContain('<aside class="note">a component</aside>');
    expect(compact).toMatch(/<div class="code-block"><pre[^>]*><code[^>]*><span/);
  });

  it("compiles nested markup to dangerouslySetInnerHTML, leaving components and <pre> as elements", async () => {
    const code = String(await compile(SOURCE, { ...mdxOptions, outputFormat: "function-body" } as never));
    expect(code).not.toContain("data-static-html");
    // The maths, the list, the table, the heading (its anchor) and the code's tokens.
    expect(code.match(/dangerouslySetInnerHTML/g)!.length).toBeGreaterThanOrEqual(5);
    expect(code).toContain("_components.pre");
    expect(code).toContain("Note");
  });
});
