import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const PASSWORD = "correct-horse-battery";

/** A client address of its own (the e2e server trusts X-Forwarded-For), for a browser context's extraHTTPHeaders. */
export const ownAddress = () => ({ "x-forwarded-for": `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}` });

export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

export async function signUp(page: Page, name: string, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding/);
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export const question = (page: Page, label: string) => page.getByRole("group", { name: label });

export async function choose(page: Page, group: string, option: string) {
  await question(page, group).getByText(option, { exact: true }).click();
}

export async function openAccountMenu(page: Page, name: string) {
  await page.getByRole("button", { name }).click();
}

export async function chooseAll(page: Page, answers: [group: string, option: string][]) {
  for (const [group, option] of answers) await choose(page, group, option);
}

/**
 * Measures the first KaTeX subscript under `root` against its base. With a stylesheet from another KaTeX version
 * than the renderer, the class names miss and the script comes out at full size ("p_A" reads "pA").
 */
export async function expectTypesetSubscript(root: Locator) {
  const script = root.locator(".katex .msupsub .vlist-t2 .mtight").first();
  await expect(script).toBeVisible();
  const sizes = await script.evaluate((leaf) => {
    const base = leaf.closest(".msupsub")!.previousElementSibling!;
    const measure = (element: Element) => ({ fontSize: parseFloat(getComputedStyle(element).fontSize), bottom: element.getBoundingClientRect().bottom });
    return { base: measure(base), script: measure(leaf) };
  });
  expect(sizes.script.fontSize).toBeLessThan(sizes.base.fontSize * 0.85);
  expect(sizes.script.bottom).toBeGreaterThan(sizes.base.bottom);
}

/** The WCAG 2.2 A and AA rules (axe tags) the site is held to. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe on the page (or only inside `include`) and returns its violations as "rule: node targets" lines,
 * so a failing assertion says which element to look at.
 */
export async function axeViolations(page: Page, include?: string) {
  // After a client-side navigation Next streams the new page's <title> in after its content; scanning in
  // between reports a document without a title that no reader ever sees settle.
  await page.waitForFunction(() => document.title.trim() !== "");
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return {
    violations: results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(" ")).join(", ")}`),
    passes: results.passes.map(({ id }) => id),
  };
}

export const tutorPanel = (page: Page) => page.getByRole("complementary", { name: "AI tutor" });

/** Asks the open tutor panel a question and returns its answer once the sources (or a "does not cover") show. */
export async function askTutor(page: Page, question: string) {
  await tutorPanel(page).getByLabel("Your question").fill(question);
  await tutorPanel(page).getByRole("button", { name: "Send" }).click();
  const answer = tutorPanel(page).getByRole("article", { name: "Tutor answer" }).last();
  await expect(answer.getByRole("list", { name: "Sources" }).or(answer.getByText(/does not/)).first()).toBeVisible({ timeout: 20_000 });
  return answer;
}

/** Opens search with its shortcut; on a loaded machine the first press can land before the page has hydrated. */
export async function openSearch(page: Page, name = "Search the book"): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name });
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press("Control+K");
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return dialog;
}
