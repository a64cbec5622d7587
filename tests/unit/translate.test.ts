import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBook, loadTranslation } from "@/lib/content/book";
import { checkTranslation } from "@/lib/content/load";
import { marker, protect, restore, TranslationRejected } from "@/lib/content/translate";
import { startOpenAICompatibleServer, type Recorded } from "../support/openai-compatible-server";

const run = promisify(execFile);

const ENGLISH = `---
title: "Chapter"
description: "A page."
order: 1
objectives:
  - "Learn"
estimatedMinutes: 10
tags: ["t"]
---

# Chapter

Run \`ros2 run demo talker\` and read $x_1$.

## First part

Some prose.

\`\`\`python title="a.py"
print("hi")
\`\`\`

$$
a^2 + b^2 = c^2
$$
`;

/** What the test model answers: the protected chapter with its English words in Urdu, markers as they came. */
const translate = (chapter: string) =>
  chapter
    .replace('title: "Chapter"', 'title: "باب"')
    .replace('description: "A page."', 'description: "ایک صفحہ۔"')
    .replace('- "Learn"', '- "سیکھیں"')
    .replace("# Chapter", "# باب")
    .replace(/Run (⟦\d+⟧) and read (⟦\d+⟧)\./, "$1 چلائیں اور $2 پڑھیں۔")
    .replace("## First part", "## پہلا حصہ")
    .replace("Some prose.", "کچھ نثر۔");

describe("protect and restore", () => {
  it("replaces code, inline code and maths by markers and puts them back", () => {
    const { text, pieces } = protect(ENGLISH);
    expect(pieces).toEqual(["`ros2 run demo talker`", "$x_1$", '```python title="a.py"\nprint("hi")\n```', "$$\na^2 + b^2 = c^2\n$$"]);
    expect(text).not.toContain("print(");
    expect(restore(text, pieces)).toBe(ENGLISH);
  });

  it("refuses a draft that drops, repeats, invents or reorders a marker", () => {
    const { text, pieces } = protect(ENGLISH);
    const reasons = (draft: string) => {
      try {
        restore(draft, pieces);
        return [];
      } catch (error) {
        return (error as TranslationRejected).reasons;
      }
    };
    expect(reasons(text.replace(marker(2), ""))).toEqual(["the code or maths at marker ⟦2⟧ is missing"]);
    expect(reasons(`${text}${marker(3)}`)).toEqual(["marker ⟦3⟧ appears more than once"]);
    expect(reasons(`${text}${marker(9)}`)).toEqual(["marker ⟦9⟧ is not in the English"]);
    expect(reasons(text.replace(marker(0), "@").replace(marker(1), marker(0)).replace("@", marker(1)))).toEqual(["the code and maths are not in the English order"]);
  });
});

describe("npm run translate", () => {
  let server: Awaited<ReturnType<typeof startOpenAICompatibleServer>>;
  let dir: string;
  let answer: (chapter: string) => string = translate;
  beforeAll(async () => {
    server = await startOpenAICompatibleServer({
      reply: (body: Recorded["body"]) => answer(String(body.messages.filter((m) => m.role === "user").at(-1)?.content ?? "")),
    });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "book-translate-"));
    fs.mkdirSync(path.join(dir, "m"));
    fs.writeFileSync(path.join(dir, "m", "chapter.mdx"), ENGLISH);
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
    // Where the script keeps a rejected draft for a look.
    fs.rmSync(path.join(".generated", "translate", "m"), { recursive: true, force: true });
  });

  const translateChapter = () =>
    run("npx", ["tsx", "scripts/translate.ts", "m/chapter"], {
      encoding: "utf8",
      env: { ...process.env, CONTENT_DIR: dir, OPENAI_BASE_URL: server.url, OPENAI_API_KEY: "", OPENAI_MODEL: "test-model" },
    }).then(
      ({ stdout, stderr }) => ({ status: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ status: error.code, output: error.stdout + error.stderr }),
    );

  it("drafts a translation through the model without sending it the code or maths, and keeps them byte for byte", async () => {
    const { status, output } = await translateChapter();
    expect(output).toContain("4 code and maths pieces protected");
    expect(status).toBe(0);
    const sent = JSON.stringify(server.requests.at(-1)!.body.messages);
    expect(sent).not.toContain('print(\\"hi\\")');
    expect(sent).not.toContain("a^2 + b^2");

    const draft = fs.readFileSync(path.join(dir, "ur", "m", "chapter.mdx"), "utf8");
    expect(draft).toContain('```python title="a.py"\nprint("hi")\n```');
    expect(draft).toContain("`ros2 run demo talker` چلائیں اور $x_1$ پڑھیں۔");
    expect(draft).toContain(`sourceHash: ${crypto.createHash("sha256").update(ENGLISH).digest("hex").slice(0, 16)}`);
    const english = loadBook(dir);
    const urdu = loadTranslation(english, "ur", dir);
    expect(urdu.bySlug.get("m/chapter")?.frontmatter).toMatchObject({ title: "باب", order: 1, tags: ["t"] });
    expect(checkTranslation(english, urdu)).toEqual([]);
  });

  it("keeps the committed translation when the model changes the structure or loses a piece of code", async () => {
    const before = fs.readFileSync(path.join(dir, "ur", "m", "chapter.mdx"), "utf8");
    answer = (chapter) => translate(chapter).replace("## پہلا حصہ", "### پہلا حصہ");
    let result = await translateChapter();
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/heading 2 differs from the English/);
    answer = (chapter) => translate(chapter).replace(marker(2), "```python\nprint('hi')\n```");
    result = await translateChapter();
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/marker ⟦2⟧ is missing/);
    expect(result.output).toMatch(/unchanged/);
    expect(fs.readFileSync(path.join(dir, "ur", "m", "chapter.mdx"), "utf8")).toBe(before);
  });
});
