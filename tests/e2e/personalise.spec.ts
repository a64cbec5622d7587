import type { BrowserContext, Page } from "@playwright/test";
import type { BackgroundInput } from "@/lib/background/schema";
import { validBackground } from "../support/fixtures";
import { PASSWORD, axeViolations, ownAddress, uniqueEmail } from "./pages";
import { HOSTED_PORT, MODEL_PORT } from "./ports";
import { expect, test } from "./test";

// "Personalise for me": offline on the suite's server (no model configured), and rewritten by the
// OpenAI-compatible test server on the second one (playwright.config.ts), whose scripted rewrite opens each
// section with a sentence naming the reader's level and hardware.
const CHAPTER = "/learn/ros2/architecture-dds-qos";
const HOSTED = `http://localhost:${HOSTED_PORT}`;
const WIDE = { width: 1400, height: 900 };
const PHONE = { width: 360, height: 780 };

// An intermediate programmer with an RTX workstation and a Jetson (the fixture), and a beginner with neither.
const RTX_AND_JETSON = validBackground;
const BEGINNER_NO_GPU: BackgroundInput = { ...validBackground, programmingExperience: "beginner", gpu: "none", jetson: "none", goals: ["coursework"] };

/** A new reader on the server at `base` who has answered the questionnaire with `background`. */
async function reader(page: Page, base: string, background: BackgroundInput) {
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("Name").fill("Reader");
  await page.getByLabel("Email").fill(uniqueEmail("personalise"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding/);
  expect((await page.request.put(`${base}/api/background`, { data: background })).status()).toBe(200);
}

const article = (page: Page) => page.locator("article.book-article");
// By their text, shown or folded (a <ForBackground> block, a tab not chosen).
const codeBlocks = (page: Page) => article(page).locator(".prose-book pre").allTextContents();
const modelCalls = async (page: Page) => ((await (await page.request.get(`http://127.0.0.1:${MODEL_PORT}/requests`)).json()) as unknown[]).length;
const OPENING = "A humanoid robot is not one program.";

// Kept for a person to look at: Playwright removes a passing test's own output folder.
const screenshot = (name: string) => `test-results/screenshots/personalise-${name}.png`;

/** Axe at both sizes, with a screenshot of the chapter's top (its button and box) at each. */
async function scan(page: Page, state: string) {
  for (const size of [WIDE, PHONE]) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot(`${state}-${size.width}`), fullPage: false });
    const { violations } = await axeViolations(page);
    // This chapter's wide tables scroll on a phone without taking focus, personalised or not: the book's, not this view's.
    const own = violations.filter((violation) => !violation.startsWith("scrollable-region-focusable: table"));
    expect.soft(own, `${state} at ${size.width}×${size.height}`).toEqual([]);
  }
  await page.setViewportSize(WIDE);
}

test.describe("with a model", () => {
  test("two readers, two rewrites that keep every code block; a third with a profile already written is served from the cache; the original comes back", async ({ browser }) => {
    test.slow();
    // Each reader in a browser of their own, speaking from an address of their own (as tests/e2e/test.ts does).
    const contexts: BrowserContext[] = [];
    const newReaderPage = async () => {
      contexts.push(await browser.newContext({ extraHTTPHeaders: ownAddress() }));
      return contexts.at(-1)!.newPage();
    };
    const first = await newReaderPage();
    await reader(first, HOSTED, RTX_AND_JETSON);
    await first.goto(`${HOSTED}${CHAPTER}`);
    const original = await codeBlocks(first);
    expect(original.length).toBeGreaterThan(5);
    const before = await modelCalls(first);

    await first.getByRole("button", { name: "Personalise for me" }).click();
    const note = first.getByTestId("personalised-note");
    // Nine sections, one model call each: longer than an assertion usually waits.
    await expect(note).toContainText("rewritten for your background", { timeout: 30_000 });
    const body = article(first).locator(".prose-book");
    await expect(body).toContainText(`Personalised for a intermediate reader with an RTX workstation: ${OPENING}`);
    expect(await codeBlocks(first)).toEqual(original);
    const rewritten = (await modelCalls(first)) - before;
    expect(rewritten).toBeGreaterThan(5);
    // The rendered chapter is the book's: its quizzes work, its anchors and contents lead to the same sections.
    await expect(article(first).locator(".quiz").first()).toBeVisible();
    await first.getByRole("navigation", { name: "On this page" }).last().getByRole("link", { name: "Quality of Service", exact: true }).click();
    await expect(first).toHaveURL(/#quality-of-service$/);
    await expect(first.locator("#quality-of-service")).toBeInViewport();
    await scan(first, "hosted-personalised");

    await first.getByRole("button", { name: "Show the original" }).click();
    await expect(body).toContainText(OPENING);
    await expect(body).not.toContainText("Personalised for a");
    await expect(note).toBeHidden();
    expect(await codeBlocks(first)).toEqual(original);

    // Another reader, another profile: another rewrite.
    const second = await newReaderPage();
    await reader(second, HOSTED, BEGINNER_NO_GPU);
    await second.goto(`${HOSTED}${CHAPTER}`);
    await second.getByRole("button", { name: "Personalise for me" }).click();
    await expect(second.getByTestId("personalised-note")).toBeVisible({ timeout: 30_000 });
    await expect(article(second).locator(".prose-book")).toContainText(`Personalised for a beginner reader with no GPU: ${OPENING}`);
    expect(await codeBlocks(second)).toEqual(original);
    expect(await modelCalls(second)).toBe(before + 2 * rewritten);

    // A reader with the first reader's profile (another goal note, the same goals in another order) gets it from the cache.
    const third = await newReaderPage();
    await reader(third, HOSTED, { ...RTX_AND_JETSON, goalsNote: "Something else.", goals: ["build_robot", "career"] });
    await third.goto(`${HOSTED}${CHAPTER}`);
    await third.getByRole("button", { name: "Personalise for me" }).click();
    await expect(article(third).locator(".prose-book")).toContainText(`Personalised for a intermediate reader with an RTX workstation: ${OPENING}`);
    expect(await modelCalls(third)).toBe(before + 2 * rewritten);
    await Promise.all(contexts.map((context) => context.close()));
  });

  test("the Urdu chapter is rewritten in Urdu, with the Urdu controls", async ({ page }) => {
    await reader(page, HOSTED, { ...BEGINNER_NO_GPU, gpu: "cloud" });
    await page.goto(`${HOSTED}/ur${CHAPTER}`);
    const original = await codeBlocks(page);
    await page.getByRole("button", { name: "میرے لیے موزوں بنائیں" }).click();
    await expect(page.getByTestId("personalised-note")).toBeVisible({ timeout: 30_000 });
    await expect(article(page).locator(".prose-book")).toContainText("آپ کے لیے (beginner، a cloud GPU):");
    expect(await codeBlocks(page)).toEqual(original);
    await expect(page.getByRole("button", { name: "اصل متن دکھائیں" })).toBeVisible();
    await page.screenshot({ path: screenshot("hosted-urdu-1400") });
  });

  test("a rewrite streams into the page and can be stopped; a model that fails leaves the original with a message", async ({ page }) => {
    // The test server writes slowly for a reader interested in research, and breaks for one who teaches.
    await reader(page, HOSTED, { ...BEGINNER_NO_GPU, goals: ["research"] });
    await page.goto(`${HOSTED}${CHAPTER}`);
    const original = await codeBlocks(page);
    await page.getByRole("button", { name: "Personalise for me" }).click();
    const preview = page.getByTestId("personalise-preview");
    await expect(preview).toContainText("Personalised for a beginner reader with no GPU:");
    await expect(page.getByText(/Personalising for your background: section \d+ of \d+/).first()).toBeVisible();
    for (const size of [WIDE, PHONE]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: screenshot(`hosted-streaming-${size.width}`) });
    }
    await page.setViewportSize(WIDE);
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.locator(".personalise-message")).toHaveText("Stopped: the chapter is as the book has it.");
    await expect(preview).toBeHidden();
    await expect(article(page).locator(".prose-book")).toContainText(OPENING);
    expect(await codeBlocks(page)).toEqual(original);

    expect((await page.request.put(`${HOSTED}/api/background`, { data: { ...BEGINNER_NO_GPU, goals: ["teaching"] } })).status()).toBe(200);
    await page.getByRole("button", { name: "Personalise for me" }).click();
    await expect(page.locator(".personalise-message")).toContainText("could not be personalised right now");
    await expect(page.getByRole("button", { name: "Personalise for me" })).toBeVisible();
    await expect(article(page).locator(".prose-book")).toContainText(OPENING);
    await expect(article(page).locator(".prose-book")).not.toContainText("Personalised for a");
  });
});

test.describe("without a model", () => {
  test("opens and marks the reader's blocks and sections, folds the others, names their path, and goes back", async ({ page }) => {
    await reader(page, "", RTX_AND_JETSON);
    await page.goto(CHAPTER);
    const jetsonBlock = article(page).locator('[data-for-background="has:jetson"]');
    await page.getByRole("button", { name: "Personalise for me" }).click();
    const box = page.getByTestId("personalise-path");
    await expect(box.getByRole("heading", { name: "Your path through this chapter" })).toBeVisible();
    await expect(box).toContainText("If you have an NVIDIA Jetson:");
    await expect(box).toContainText("With a language model configured");
    // Not a beginner, with ROS 2 basics and a Jetson: those two paths.
    await expect(box.locator("[data-when]")).toHaveCount(2);
    await expect(box).toContainText("If you already know ROS 2:");
    await expect(jetsonBlock).toHaveAttribute("open", "");
    await expect(jetsonBlock.locator("summary")).toHaveAttribute("data-for-you", "For your setup");
    await expect(page.locator("#when-multicast-does-not-work")).toHaveAttribute("data-for-you", "For your setup");
    await expect(page.locator("#quality-of-service")).not.toHaveAttribute("data-for-you");
    // The box's links lead to the sections.
    await box.getByRole("link", { name: "A systematic checklist" }).first().click();
    await expect(page).toHaveURL(/#a-systematic-checklist$/);
    await scan(page, "offline-personalised-dark");

    await page.getByRole("button", { name: "Show the original" }).click();
    await expect(box).toBeHidden();
    await expect(page.locator("#when-multicast-does-not-work")).not.toHaveAttribute("data-for-you");
  });

  test("a reader without a Jetson sees its block folded, not hidden, and the beginner's and ROS 2 paths; in the light theme too", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("theme", "light"));
    await reader(page, "", BEGINNER_NO_GPU);
    await page.goto(CHAPTER);
    const jetsonBlock = article(page).locator('[data-for-background="has:jetson"]');
    // Out of the personalised view, the block for another setup is hidden from a signed-in reader.
    await expect(jetsonBlock).toBeHidden();
    await page.getByRole("button", { name: "Personalise for me" }).press("Enter");
    const box = page.getByTestId("personalise-path");
    await expect(box.locator("[data-when]")).toHaveCount(2);
    await expect(box).toContainText("If you are new to programming:");
    await expect(box).toContainText("If you already know ROS 2:");
    await expect(jetsonBlock).toBeVisible();
    await expect(jetsonBlock).not.toHaveAttribute("open");
    await expect(page.locator("#the-ros-2-graph")).toHaveAttribute("data-for-you", "For your setup");
    await scan(page, "offline-personalised-light");
  });

  test("invites a signed-out reader to sign in, and works on the Urdu chapter", async ({ page }) => {
    await page.goto(CHAPTER);
    await page.getByRole("button", { name: "Personalise for me" }).click();
    await expect(page.locator(".personalise-panel").getByRole("link", { name: "Sign in", exact: true })).toHaveAttribute("href", `/sign-in?next=${encodeURIComponent(CHAPTER)}`);

    await reader(page, "", BEGINNER_NO_GPU);
    await page.goto(`/ur${CHAPTER}`);
    await page.getByRole("button", { name: "میرے لیے موزوں بنائیں" }).click();
    const box = page.getByTestId("personalise-path");
    await expect(box.getByRole("heading", { name: "اس باب میں آپ کا راستہ" })).toBeVisible();
    await expect(box).toContainText("اگر آپ پروگرامنگ میں نئے ہیں");
    // The English anchors of the frontmatter, found on the Urdu page by position.
    const graph = box.getByRole("link", { name: "ROS 2 graph" });
    const anchor = (await graph.getAttribute("href"))!;
    await expect(page.locator(anchor)).toHaveAttribute("data-for-you", "آپ کے سیٹ اپ کے لیے");
    await page.screenshot({ path: screenshot("offline-urdu-1400") });
  });
});
