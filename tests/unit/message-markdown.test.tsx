import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { linkCitations, MessageMarkdown, safeUrl } from "@/components/chat/message-markdown";

const sources = [{ n: 1, chapter: "ros2/architecture-dds-qos", title: "QoS", heading: "Durability", href: "/learn/ros2/architecture-dds-qos#durability" }];

describe("rendering model output", () => {
  it("keeps <script> as inert text and drops javascript: links", () => {
    const html = renderToStaticMarkup(
      <MessageMarkdown
        streaming={false}
        sources={sources}
        text={'Hello <script>alert("x")</script> and [click](javascript:alert(1)) and <img src=x onerror="alert(1)"> and [ok](https://docs.ros.org/en/jazzy/)'}
      />,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/onerror=/i);
    expect(html).toContain('href="https://docs.ros.org/en/jazzy/"');
  });

  it("links [n] markers to the cited section", () => {
    const html = renderToStaticMarkup(<MessageMarkdown streaming={false} sources={sources} text="Durability matters [1]. Unknown [7]." />);
    expect(html).toContain('href="/learn/ros2/architecture-dds-qos#durability"');
    expect(html).toContain("[7]");
    expect(linkCitations("See [1].", sources)).toBe('See [[1]](/learn/ros2/architecture-dds-qos#durability "QoS — Durability").');
  });

  it("renders tables, code blocks with their language, and $…$ / $$…$$ maths (typeset once KaTeX loads)", () => {
    const html = renderToStaticMarkup(
      <MessageMarkdown
        streaming={false}
        sources={sources}
        text={"| Camera | Baseline |\n| --- | --- |\n| D435 | 50 mm |\n\n```python\nimport rclpy\n```\n\nDepth is $Z = f B / d$ and\n\n$$\n\\sigma_z = \\frac{z^2}{f B} \\sigma_d\n$$"}
      />,
    );
    expect(html).toMatch(/<table>.*<th>Camera<\/th>.*<td>D435<\/td>/s);
    expect(html).toMatch(/<div class="chat-code" data-language="python">.*<span>python<\/span>.*<code>import rclpy<\/code>/s);
    expect(html).toContain("<code>Z = f B / d</code>");
    expect(html).toContain('<pre class="chat-math-display">\\sigma_z = \\frac{z^2}{f B} \\sigma_d</pre>');
  });

  it.each([
    ["/learn/ros2", "/learn/ros2"],
    ["https://example.org/a", "https://example.org/a"],
    ["javascript:alert(1)", null],
    ["data:text/html,<b>x</b>", null],
    ["//evil.example/x", null],
    ["vbscript:msgbox", null],
  ])("allows %s → %s", (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});
