import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GRAMMARS, grammarOf, PLAIN_LANGUAGES } from "@/components/chat/code-languages";
import { highlight, THEMES } from "@/components/chat/highlight";
import { renderTex } from "@/components/chat/katex";

const root = path.resolve(import.meta.dirname, "../..");

function chapterFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? chapterFiles(file) : file.endsWith(".mdx") ? [file] : [];
  });
}

const luminance = (hex: string) => {
  const linear = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
};
const contrast = (a: string, b: string) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);

function codeBackground(theme: "dark" | "light"): string {
  const css = fs.readFileSync(path.join(root, "app/globals.css"), "utf8");
  const block = (theme === "dark" ? /:root \{([^}]*)\}/ : /:root\[data-theme="light"\] \{([^}]*)\}/).exec(css)?.[1] ?? "";
  const colour = /--code-bg:\s*(#[0-9a-f]{6})/i.exec(block)?.[1];
  if (!colour) throw new Error(`no --code-bg for the ${theme} theme in app/globals.css`);
  return colour;
}

describe("code in tutor answers", () => {
  it("has a grammar (or is plain text by design) for every language the book's chapters use", () => {
    const languages = new Set(
      chapterFiles(path.join(root, "content")).flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/^\s*```([\w+#-]+)/gm)].map((match) => match[1] ?? "")),
    );
    expect(languages.size).toBeGreaterThan(3);
    const missing = [...languages].filter((language) => !grammarOf(language) && !PLAIN_LANGUAGES.includes(language));
    expect(missing, "add these to GRAMMARS in components/chat/code-languages.ts").toEqual([]);
    // …and loads nothing the book does not use.
    const used = new Set([...languages].map(grammarOf));
    expect(GRAMMARS.filter((grammar) => !used.has(grammar))).toEqual([]);
  });

  it("maps aliases and leaves unknown languages plain", () => {
    expect(grammarOf("py")).toBe("python");
    expect(grammarOf("Shell")).toBe("bash");
    expect(grammarOf("yml")).toBe("yaml");
    expect(grammarOf("text")).toBeNull();
    expect(grammarOf("brainfuck")).toBeNull();
    expect(grammarOf(undefined)).toBeNull();
  });

  it("gives every token both themes' colours", async () => {
    const tokens = await highlight("import rclpy\nnode = rclpy.create_node('talker')  # a comment", "python");
    expect(tokens).toHaveLength(2);
    const styled = tokens.flat().filter((token) => token.htmlStyle);
    expect(styled.length).toBeGreaterThan(3);
    for (const token of styled) expect(Object.keys(token.htmlStyle!)).toEqual(expect.arrayContaining(["--shiki-light", "--shiki-dark"]));
  });

  it.each(["dark", "light"] as const)("keeps every %s-theme token colour at WCAG AA (4.5:1) on the code background", async (theme) => {
    const background = codeBackground(theme);
    const { default: definition } = (await import(`shiki/themes/${THEMES[theme]}.mjs`)) as {
      default: { fg?: string; colors?: Record<string, string>; tokenColors: { settings?: { foreground?: string; background?: string } }[] };
    };
    // Scopes that bring their own background (diff markers, carriage returns) are drawn on it, not on ours.
    const colours = new Set(definition.tokenColors.filter(({ settings }) => settings?.foreground && !settings.background).map(({ settings }) => settings!.foreground!));
    colours.add(definition.colors?.["editor.foreground"] ?? definition.fg!);
    const failing = [...colours].filter((colour) => contrast(colour, background) < 4.5);
    expect(failing).toEqual([]);
  });
});

describe("maths in tutor answers", () => {
  it("typesets TeX with KaTeX and shows a mistake instead of throwing", () => {
    expect(renderTex("Z = \\frac{f B}{d}", false)).toContain('class="katex"');
    expect(renderTex("x^2", true)).toContain("katex-display");
    expect(renderTex("\\frac{", false)).toContain("katex-error");
  });
});
