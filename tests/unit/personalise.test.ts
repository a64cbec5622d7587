import { describe, expect, it } from "vitest";
import { profileKey, profileOf } from "@/lib/background/profile";
import type { BackgroundInput } from "@/lib/background/schema";
import { checkRewrite, splitParts } from "@/lib/personalise/sections";
import { validBackground } from "../support/fixtures";

const BODY = `A chapter opens with a paragraph about \`ros2 run\` and $x_1$.

## First part

Some prose about nodes, see [the graph](/learn/ros2/architecture-dds-qos#the-ros-2-graph).

\`\`\`python title="a.py"
print("hi")
\`\`\`

<Quiz id="q-1" question="Which?" options={["a", "b"]} answer={0} />

### A smaller heading

More prose.

## Code only

\`\`\`bash
ros2 topic list
\`\`\`
`;

/** What a model that follows the instructions writes: new prose, the markers as they came. */
const rewriteProse = (text: string) => text.replace(/Some prose about nodes/, "For your Jetson, prose about nodes").replace(/More prose\./, "More prose, slower.");

describe("splitting a chapter into parts", () => {
  it("cuts before each level-2 heading and protects headings, code, maths and components", () => {
    const parts = splitParts(BODY);
    expect(parts.map((part) => part.source).join("")).toBe(BODY);
    expect(parts).toHaveLength(3);
    expect(parts[1]!.text).not.toContain("print(");
    expect(parts[1]!.text).not.toContain("<Quiz");
    expect(parts[1]!.text).not.toContain("## First part");
    expect(parts[1]!.pieces[0]).toBe("## First part");
    // The preview shows kept headings and code, and a marker for a component.
    expect(parts[1]!.views).toEqual(["## First part", '```python title="a.py"\nprint("hi")\n```', null, "### A smaller heading"]);
    expect(parts[2]!.hasProse).toBe(false);
  });
});

describe("checking a rewrite against the book", () => {
  const part = splitParts(BODY)[1]!;

  it("keeps a rewrite that keeps every marker, heading, code block, component and link", () => {
    const checked = checkRewrite(part, rewriteProse(part.text));
    expect(checked.kept).toBe(true);
    expect(checked.mdx).toContain("For your Jetson, prose about nodes");
    expect(checked.mdx).toContain('```python title="a.py"\nprint("hi")\n```');
    expect(checked.mdx).toContain('<Quiz id="q-1"');
  });

  it("falls back to the book's part when the rewrite alters a code block", () => {
    const draft = rewriteProse(part.text).replace("⟦1⟧", '```python title="a.py"\nprint("bye")\n```');
    const checked = checkRewrite(part, draft);
    expect(checked).toMatchObject({ kept: false, mdx: part.source });
  });

  it("falls back when the rewrite drops a heading", () => {
    const checked = checkRewrite(part, rewriteProse(part.text).replace("⟦3⟧", ""));
    expect(checked.kept).toBe(false);
    expect(checked.mdx).toBe(part.source);
  });

  it("falls back when the rewrite adds a heading, a component, an expression or a link of its own", () => {
    const extras = [
      "## Extra heading",
      '<Callout type="note">Hi</Callout>',
      "{process.env.SECRET}",
      "[a link](https://example.com)",
      "<img src=x onerror=alert(1) />",
      "[a reference][x]\n\n[x]: javascript:alert(1)",
      "![an image](/evil.png)",
    ];
    for (const extra of extras) {
      const checked = checkRewrite(part, `${rewriteProse(part.text)}\n\n${extra}\n`);
      expect(checked.kept, extra).toBe(false);
    }
  });

  it("falls back when the markers are out of order or the prose is gone", () => {
    expect(checkRewrite(part, part.text.replace("⟦1⟧", "⟦X⟧").replace("⟦2⟧", "⟦1⟧").replace("⟦X⟧", "⟦2⟧")).kept).toBe(false);
    expect(checkRewrite(part, part.pieces.map((_, n) => `⟦${n}⟧`).join("\n\n")).kept).toBe(false);
  });
});

describe("the background profile", () => {
  it("keeps only what shapes the rewrite, in one order", () => {
    const a = profileOf(validBackground);
    expect(a).toEqual({ level: "intermediate", hardware: "rtx-workstation", jetson: true, goals: ["career", "build_robot"] });
    const reordered = profileOf({ ...validBackground, goals: ["build_robot", "career"] });
    expect(profileKey(reordered)).toBe(profileKey(a));
    expect(profileKey(a)).toBe("v1|intermediate|rtx-workstation|jetson|career+build_robot");
  });

  it("differs for another level, GPU, Jetson or goal", () => {
    const key = profileKey(profileOf(validBackground));
    const changes: Partial<BackgroundInput>[] = [{ programmingExperience: "none" }, { gpu: "none" }, { jetson: "none" }, { goals: [] }];
    for (const change of changes) {
      expect(profileKey(profileOf({ ...validBackground, ...change })), JSON.stringify(change)).not.toBe(key);
    }
    // "none" and "beginner" programmers read the same beginner's chapter.
    expect(profileKey(profileOf({ ...validBackground, programmingExperience: "none" }))).toBe(
      profileKey(profileOf({ ...validBackground, programmingExperience: "beginner" })),
    );
  });
});

describe("the book's pages", () => {
  // One module in both languages (quizzes, tabs, figures, exercises, Python cells) keeps it quick; the whole book takes a minute.
  it("come back whole from a rewrite that changes nothing, so only a model's change makes a part fall back", { timeout: 90_000 }, async () => {
    const { loadBook, loadTranslation } = await import("@/lib/content/book");
    const english = loadBook();
    const pages = [...english.pages, ...loadTranslation(english, "ur").pages].filter((page) => page.module === "ros2");
    for (const page of pages) {
      const parts = splitParts(page.body);
      expect(parts.map((part) => part.source).join(""), page.file).toBe(page.body);
      for (const part of parts) expect(checkRewrite(part, part.text).kept || !part.hasProse, `${page.file}: ${part.source.slice(0, 60)}`).toBe(true);
    }
  });
});
