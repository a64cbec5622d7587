import { describe, expect, it } from "vitest";
import { UI } from "@/lib/i18n";
import { fillTemplate, pluralTemplate } from "@/lib/text-template";

describe("interface strings with numbers", () => {
  it("fills named places and leaves unknown ones as written", () => {
    expect(fillTemplate("section {done} of {total}…", { done: 2, total: 5 })).toBe("section 2 of 5…");
    expect(fillTemplate("{missing} stays", {})).toBe("{missing} stays");
  });

  it("chooses the singular or the plural form", () => {
    const text = UI.en.personalise;
    expect(pluralTemplate(text.limit, 1)).toMatch(/in 1 minute\.$/);
    expect(pluralTemplate(text.limit, 7)).toMatch(/in 7 minutes\.$/);
    expect(pluralTemplate(text.originalParts, 1)).toBe(" 1 section could not be rewritten safely and is as the book has it.");
    expect(pluralTemplate(text.originalParts, 3)).toBe(" 3 sections could not be rewritten safely and are as the book has them.");
  });

  it("leaves no place unfilled in any language", () => {
    for (const lang of ["en", "ur"] as const) {
      const text = UI[lang].personalise;
      const filled = [
        fillTemplate(text.progress, { done: 1, total: 4 }),
        ...[1, 2].flatMap((count) => [pluralTemplate(text.limit, count), pluralTemplate(text.originalParts, count)]),
      ];
      for (const line of filled) expect(line, `${lang}: ${line}`).not.toMatch(/[{}]/);
    }
  });
});
