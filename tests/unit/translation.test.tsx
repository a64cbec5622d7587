import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { StaleTranslationNotice } from "@/components/book/stale-translation-notice";
import { loadBook, loadTranslation } from "@/lib/content/book";
import { checkTranslation, staleTranslations } from "@/lib/content/load";
import { parseMdx } from "@/lib/content/markdown";
import { mapSection } from "@/lib/content/map-section";
import { translatedUrl } from "@/lib/content/translated-links";
import { compareStructure } from "@/lib/content/translation-structure";

const ENGLISH = `# Title

Intro with a [link](/learn/m/other#second-part) and $x$ inline.

## First part

Some prose.

\`\`\`python title="a.py"
print("hi")
\`\`\`

$$
a^2 + b^2 = c^2
$$

<Callout type="tip" title="A tip">

Careful.

</Callout>

### A detail

<Quiz id="m-1" question="Which?" options={["A", "B", "C"]} answer={1} explanation="Because." />

## Second part

See [above](#first-part).
`;

const URDU = `# عنوان

تعارف، ایک [ربط](/learn/m/other#second-part) کے ساتھ اور $x$۔

## پہلا حصہ

کچھ نثر۔

\`\`\`python title="a.py"
print("hi")
\`\`\`

$$
a^2 + b^2 = c^2
$$

<Callout type="tip" title="ایک مشورہ">

احتیاط۔

</Callout>

### ایک تفصیل

<Quiz id="m-1" question="کون سا؟" options={["الف", "ب", "ج"]} answer={1} explanation="کیونکہ۔" />

## دوسرا حصہ

[اوپر](#first-part) دیکھیں۔
`;

const differences = (urdu: string) => compareStructure(parseMdx(ENGLISH), parseMdx(urdu)).map((d) => d.message);

describe("compareStructure", () => {
  it("accepts translated prose, headings, titles and quiz text", () => {
    expect(differences(URDU)).toEqual([]);
  });

  it("finds a changed code block, equation, link and heading level", () => {
    expect(differences(URDU.replace('print("hi")', 'print("سلام")'))).toEqual([expect.stringMatching(/^code block 1 differs .*print\("سلام"\)/)]);
    expect(differences(URDU.replace("a^2 + b^2", "a^2+b^2"))).toEqual([expect.stringMatching(/^display equation 1 differs/)]);
    expect(differences(URDU.replace("(#first-part)", "(#پہلا-حصہ)"))).toEqual([expect.stringMatching(/^link 2 differs .*#پہلا-حصہ/)]);
    expect(differences(URDU.replace("### ایک تفصیل", "## ایک تفصیل"))).toEqual([expect.stringMatching(/^heading 3 differs .*level-3.*level-2/)]);
  });

  it("finds a missing or extra block and a component whose data changed", () => {
    expect(differences(URDU.replace(/\$\$\n[^$]+\$\$\n/, ""))).toEqual([expect.stringMatching(/^has 0 display equations, the English 1/)]);
    expect(differences(`${URDU}\n## اضافی\n`)).toEqual([expect.stringMatching(/^has 5 headings, the English 4/)]);
    expect(differences(URDU.replace("answer={1}", "answer={2}"))).toEqual([expect.stringMatching(/^component 2 differs .*answer=1.*answer=2/)]);
    expect(differences(URDU.replace('type="tip"', 'type="note"'))).toEqual([expect.stringMatching(/^component 1 differs/)]);
    expect(differences(URDU.replace('options={["الف", "ب", "ج"]}', 'options={["الف", "ب"]}'))).toEqual([expect.stringMatching(/options=3.*options=2/)]);
    // A translation that shows another simulation than the English does not pass.
    const withSimulation = (text: string, name: string) => `${text}\n<Simulation name="${name}" title="t" />\n`;
    expect(compareStructure(parseMdx(withSimulation(ENGLISH, "pid-step")), parseMdx(withSimulation(URDU, "lipm-push"))).map((d) => d.message)).toEqual([
      expect.stringMatching(/^component 3 differs .*pid-step.*lipm-push/),
    ]);
  });
});

describe("mapSection", () => {
  const english = ["title", "first-part", "a-detail", "second-part"];
  const urdu = ["عنوان", "پہلا-حصہ", "ایک-تفصیل", "دوسرا-حصہ"];

  it("finds the same section by position, both ways", () => {
    expect(mapSection(english, urdu, "a-detail")).toBe("ایک-تفصیل");
    expect(mapSection(urdu, english, "دوسرا-حصہ")).toBe("second-part");
  });

  it("maps an unknown or empty anchor to the top, and clamps a heading past a shorter page's end", () => {
    expect(mapSection(english, urdu, "")).toBe("");
    expect(mapSection(english, urdu, "nowhere")).toBe("");
    expect(mapSection(english, urdu.slice(0, 2), "second-part")).toBe("پہلا-حصہ");
  });
});

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const frontmatter = (title: string, order: number, extra = "") =>
  `---\ntitle: "${title}"\ndescription: "A page."\norder: ${order}\nobjectives:\n  - "Learn"\nestimatedMinutes: 10\ntags: ["t"]\n${extra}---\n`;
const digest = (text: string) => crypto.createHash("sha256").update(text).digest("hex").slice(0, 16);

/** A two-chapter book with its Urdu translation, the second chapter's made from an older English. */
function bilingualBook(urduOther = "# دوسرا\n\n## دوسرا حصہ\n\nنثر۔\n") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "book-ur-"));
  dirs.push(dir);
  const chapter = frontmatter("Chapter", 1) + ENGLISH;
  const other = frontmatter("Other", 2) + "# Other\n\n## Second part\n\nProse.\n";
  const files: Record<string, string> = {
    "m/chapter.mdx": chapter,
    "m/other.mdx": other,
    "ur/m/chapter.mdx": frontmatter("باب", 1, `sourceHash: "${digest(chapter)}"\n`) + URDU,
    "ur/m/other.mdx": frontmatter("دوسرا", 2, `sourceHash: "${"0".repeat(16)}"\n`) + urduOther,
  };
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

describe("translated book", () => {
  it("mirrors the English book under /ur/learn, lists the stale page, and rewrites links to the Urdu sections", () => {
    const dir = bilingualBook();
    const english = loadBook(dir);
    const urdu = loadTranslation(english, "ur", dir);
    expect(urdu.pages.map((page) => page.href)).toEqual(["/ur/learn/m/chapter", "/ur/learn/m/other"]);
    expect(checkTranslation(english, urdu)).toEqual([]);
    expect(staleTranslations(english, urdu).map((page) => page.slug)).toEqual(["m/other"]);
    // What the stale page shows above its text.
    const notice = renderToStaticMarkup(StaleTranslationNotice({ englishHref: english.bySlug.get("m/other")!.href }));
    expect(notice).toMatch(/role="note"/);
    expect(notice).toContain('<a href="/learn/m/other" hrefLang="en"');

    const page = urdu.bySlug.get("m/chapter")!;
    expect(translatedUrl("/learn/m/other#second-part", page, english, urdu, "ur")).toBe("/ur/learn/m/other#دوسرا-حصہ");
    expect(translatedUrl("#first-part", page, english, urdu, "ur")).toBe("#پہلا-حصہ");
    expect(translatedUrl("/learn/m/missing", page, english, urdu, "ur")).toBe("/learn/m/missing");
    expect(translatedUrl("https://ros.org/", page, english, urdu, "ur")).toBe("https://ros.org/");
  });

  it("npm run content:check fails on a translation whose structure differs, naming the file and line, and lists stale ones", () => {
    const dir = bilingualBook("# دوسرا\n\n### دوسرا حصہ\n\nنثر۔\n");
    let output = "";
    let status = 0;
    try {
      execFileSync("npx", ["tsx", "scripts/content-check.ts", dir], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      status = failed.status;
      output = failed.stdout + failed.stderr;
    }
    expect(status).toBe(1);
    expect(output).toMatch(/Urdu: 2 of 2 pages translated; 1 out of date/);
    expect(output).toMatch(/stale: .*ur\/m\/other\.mdx/);
    expect(output).toMatch(/ur\/m\/other\.mdx:\d+: heading 2 differs from the English/);
  });
});
