import { describe, expect, it } from "vitest";
import { GET as llms } from "@/app/llms.txt/route";
import { GET as llmsFull } from "@/app/llms-full.txt/route";
import { GET as markdown, generateStaticParams } from "@/app/markdown/[...slug]/route";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import { getBook } from "@/lib/content";

const chapter = (slug: string) => markdown(new Request("http://localhost/"), { params: Promise.resolve({ slug: slug.split("/") }) });

describe("the book for machines", () => {
  it("lists every page in /llms.txt as a link to its Markdown, grouped by module", async () => {
    const text = await llms().text();
    expect(text).toMatch(/^# Physical AI & Humanoid Robotics\n\n> /);
    for (const page of getBook().pages) expect(text).toContain(`(http://localhost:3000${page.href}.md)`);
    expect(text).toContain("/llms-full.txt");
  });

  it("serves each chapter as clean Markdown: components written out, code and maths kept", async () => {
    const response = await chapter("ros2/nodes-topics-services-actions");
    expect(response.headers.get("content-type")).toMatch(/^text\/markdown/);
    const text = await response.text();
    expect(text).toMatch(/^# Nodes, Topics, Services and Actions\n/);
    expect(text).toContain("```python");
    expect(text).toContain("rclpy.init(args=args)");
    expect(text).toContain("**Quiz:** Which mechanism suits a 30-second navigation goal");
    expect(text).not.toMatch(/<(Quiz|Tabs|Tab|Callout|Figure)\b/);
    expect(await (await chapter("humanoid/bipedal-locomotion-balance")).text()).toMatch(/\$\$\n[^$]+\n\$\$/);
    expect((await chapter("ros2/no-such-chapter")).status).toBe(404);
    expect(generateStaticParams()).toHaveLength(getBook().pages.length);
  });

  it("puts the whole book in /llms-full.txt, and every page in the sitemap, each English page with its Urdu one as hreflang alternate", async () => {
    const full = await llmsFull().text();
    for (const page of getBook().pages) expect(full).toContain(`# ${page.frontmatter.title}\n`);
    const urls = sitemap().map((entry) => entry.url);
    expect(urls).toContain("http://localhost:3000/learn/ros2/tf2-and-rviz");
    expect(urls).toHaveLength(2 * (getBook().pages.length + 2));
    const entry = sitemap().find((candidate) => candidate.url === "http://localhost:3000/ur/learn/ros2/tf2-and-rviz");
    expect(entry?.alternates?.languages).toEqual({ en: "http://localhost:3000/learn/ros2/tf2-and-rviz", ur: "http://localhost:3000/ur/learn/ros2/tf2-and-rviz" });
    expect(robots()).toMatchObject({ sitemap: "http://localhost:3000/sitemap.xml", rules: { disallow: expect.arrayContaining(["/api/", "/account"]) } });
  });
});
