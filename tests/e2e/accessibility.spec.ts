import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { PASSWORD, askTutor, axeViolations, choose, signUp, uniqueEmail } from "./pages";

// Maths, code, figures, callouts and quizzes: the chapter that uses most of the book's components.
const CHAPTER = "/learn/humanoid/bipedal-locomotion-balance";
const WIDE = { width: 1400, height: 900 };
const PHONE = { width: 360, height: 780 };

/**
 * Scans the page as it stands in both themes at both sizes (the layouts differ: drawer, folded contents,
 * full-screen tutor). The theme is CSS alone, data-theme on <html> as the toggle sets it, so it is switched in
 * place rather than by loading the page again.
 */
async function scanEverywhere(page: Page, state: string, include?: string) {
  for (const theme of ["dark", "light"] as const) {
    await page.evaluate((chosen) => (document.documentElement.dataset.theme = chosen), theme);
    for (const size of [WIDE, PHONE]) {
      await page.setViewportSize(size);
      const { violations } = await axeViolations(page, include);
      expect.soft(violations, `${state} in the ${theme} theme at ${size.width}×${size.height}`).toEqual([]);
    }
  }
  await page.evaluate(() => (document.documentElement.dataset.theme = "dark"));
  await page.setViewportSize(WIDE);
}

test("axe finds no WCAG 2.2 AA violation on any page, wide and on a phone, in both themes", async ({ page }) => {
  test.setTimeout(360_000);
  const scan = async (state: string) => {
    // After a client-side navigation the URL changes before the new page's title is set.
    await expect(page).toHaveTitle(/\S/);
    await scanEverywhere(page, state);
  };

  const pages = [
    ["/", "home"],
    ["/sign-in", "sign-in"],
    ["/sign-up", "sign-up"],
    ["/forgot-password", "forgot password"],
    ["/reset-password", "reset password with a used link"],
    ["/reset-password?token=unchecked-until-submitted", "reset password"],
    ["/two-factor", "two-factor code"],
  ] as const;
  for (const [path, state] of pages) {
    await page.goto(path);
    await scan(state);
  }
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await scan("sign-in by emailed link");

  await page.goto(CHAPTER);
  // An answered quiz shows its marked option and feedback.
  await page.locator(".quiz").first().getByRole("radio").first().check();
  await scan("chapter");
  // What the guest did so far, kept in the browser.
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByText("Loading your progress…")).toBeHidden();
  await scan("progress kept in the browser");
  await page.goto(CHAPTER);

  await page.setViewportSize(WIDE);
  await page.getByRole("button", { name: /^Search/ }).click();
  const search = page.getByRole("dialog", { name: "Search the book" });
  await search.getByRole("combobox").fill("zero moment point");
  await expect(search.getByRole("option").first()).toBeVisible({ timeout: 30_000 });
  await scan("chapter with search open");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(search).toBeHidden();

  await page.setViewportSize(WIDE);
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await askTutor(page, "How is the capture point computed?");
  await scan("chapter with tutor open");

  await signUp(page, "Axe Reader", uniqueEmail("axe"));
  await choose(page, "Programming experience", "Intermediate");
  await scan("onboarding");
  await page.goto("/account");
  await choose(page, "GPU available", "Cloud GPU");
  await scan("account");
  const twoFactor = page.getByRole("region", { name: "Two-factor authentication" });
  await twoFactor.getByRole("button", { name: "Turn on two-factor" }).click();
  await twoFactor.getByLabel("Confirm with your password").fill(PASSWORD);
  await twoFactor.getByRole("button", { name: "Continue" }).click();
  await expect(twoFactor.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await scan("account, turning two-factor on");
  await page.goto("/progress");
  await scan("progress");
  await page.goto("/review");
  await scan("review");
});

test("axe finds no WCAG 2.2 AA violation on an Urdu chapter, wide and on a phone, in both themes", async ({ page }) => {
  await page.goto(`/ur${CHAPTER}`);
  await scanEverywhere(page, "Urdu chapter");
});

test("a chapter with highlighted lines of code and a wide table passes axe, in both themes, wide and on a phone", async ({ page }) => {
  // A highlighted line holding a comment (the palest token), and a table that scrolls sideways on a phone.
  await page.goto("/learn/ros2/nodes-topics-services-actions");
  await expect(page.locator("pre [data-highlighted-line]").first()).toBeAttached();
  await expect(page.locator(".prose-book table").first()).toBeAttached();
  await scanEverywhere(page, "chapter with highlighted code and a table");
});

test("arrow keys move through a quiz's options without answering; Space or Enter answers", async ({ page }) => {
  await page.goto(CHAPTER);
  const quiz = page.locator(".quiz").first();
  // The keyboard help is there once the quiz is interactive.
  await expect(quiz).toHaveAccessibleDescription(/Arrow keys move between the options/);
  const options = quiz.getByRole("radio");
  const feedback = quiz.getByText(/^(Correct!|Not quite\.)$/);
  await options.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(options.nth(2)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(options.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(options.last()).toBeFocused();
  await expect(quiz.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(feedback).toHaveCount(0);

  await page.keyboard.press("Enter");
  await expect(options.last()).toBeChecked();
  await expect(feedback).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(options.first()).toBeFocused();
  await expect(options.last()).toBeChecked();
  await page.keyboard.press("Space");
  await expect(options.first()).toBeChecked();
});

test("Esc in search clears the text, and the second Esc closes the dialog", async ({ page }) => {
  await page.goto(CHAPTER);
  const button = page.getByRole("button", { name: /^Search/ });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "Search the book" });
  const input = dialog.getByRole("combobox");
  await input.fill("capture point");
  // The index loads on first use.
  await expect(dialog.getByRole("option").first()).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeVisible();
  await expect(input).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // Without text the first Esc closes it.
  await button.click();
  await expect(input).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectUncovered(page: Page, target: Locator) {
  const launcher = await page.getByRole("button", { name: /Ask the tutor/ }).boundingBox();
  const box = await target.boundingBox();
  expect(launcher).not.toBeNull();
  expect(box).not.toBeNull();
  expect(overlaps(launcher!, box!), `the tutor button covers ${target}`).toBe(false);
}

test("the floating tutor button covers no quiz option on a phone, nor the end of the page or of its contents", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(CHAPTER);
  // Measured once the page has settled: KaTeX's fonts swapping in and the quizzes' per-reader order change the
  // page's height after it first paints, and would move an option scrolled into place before them.
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The worst case: an option brought to the very bottom of the screen, as focus and find-in-page do.
  const lastOption = page.locator(".quiz").last().locator(".quiz-option").last();
  await lastOption.evaluate((option) => option.scrollIntoView({ block: "end" }));
  await expectUncovered(page, lastOption);

  const toEnd = () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await toEnd();
  await expectUncovered(page, page.getByRole("link", { name: /Next →/ }));
  await expectUncovered(page, page.locator("footer"));

  await page.setViewportSize(WIDE);
  await toEnd();
  await expectUncovered(page, page.getByRole("link", { name: /Next →/ }));
  const contents = page.locator(".book-toc");
  await contents.evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expectUncovered(page, contents.getByRole("link").last());
});

test("on a phone a diagram opens at the size it was drawn, from the keyboard", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(CHAPTER);
  const figure = page.locator(".book-figure").first();
  const drawn = Number(await figure.getByRole("img").getAttribute("width"));
  const shown = (await figure.getByRole("img").boundingBox())!.width;
  // Squeezed into the column, its labels are about half the size they were drawn at.
  expect(shown).toBeLessThan(drawn * 0.7);

  const open = figure.getByRole("button", { name: "Open full size" });
  await open.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Diagram at full size" });
  await expect(dialog).toBeVisible();
  const large = dialog.getByRole("img");
  await expect(large).toBeVisible();
  expect((await large.boundingBox())!.width).toBeGreaterThanOrEqual(drawn);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test("the live simulations and a run Python cell pass axe, in both themes, wide and on a phone", async ({ page }) => {
  test.slow();
  // Each page loads once and is scanned as it stands: loading a simulation (MuJoCo above all) is what costs time.
  const chapters = [
    ["/learn/humanoid/kinematics-and-dynamics", [/Two-link leg/]],
    ["/learn/humanoid/humanoid-control", [/PID on the gravity-loaded joint/, /A humanoid in MuJoCo/]],
    ["/learn/humanoid/bipedal-locomotion-balance", [/Push the walking pendulum/]],
    ["/learn/humanoid/manipulation-grasping", [/Friction cones/]],
  ] as const;
  for (const [path, titles] of chapters) {
    await page.setViewportSize(WIDE);
    await page.goto(path);
    for (const title of titles) {
      const region = page.getByRole("region", { name: title });
      await region.scrollIntoViewIfNeeded();
      // Drawn: the MuJoCo scene once its first frame is in, the others once loaded.
      await expect(region.locator(".sim-readout").first()).toContainText(/\S/, { timeout: 60_000 });
      await expect(region.getByText("Loading MuJoCo")).toHaveCount(0, { timeout: 60_000 });
    }
    await scanEverywhere(page, path, ".simulation");
  }

  // A cell with its editor open and its output shown, an error line included.
  await page.setViewportSize(WIDE);
  await page.goto("/learn/foundations/hardware-and-lab-setup");
  const cell = page.locator('[data-python-cell][data-file="latency_trap.py"]');
  await cell.getByRole("button", { name: "Edit" }).click();
  await cell.getByLabel("Editing latency_trap.py").fill("print('ok')\nraise ValueError('shown')\n");
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(cell.getByRole("log")).toContainText("ValueError: shown", { timeout: 90_000 });
  await scanEverywhere(page, "a run cell", "[data-python-cell]");
});
