import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { pagePdf } from "../../scripts/pdf.mjs";

const CHAPTER = "/learn/ros2/tf2-and-rviz";
const TITLE = "Coordinate Frames with tf2 and Visualisation in RViz2";

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).getAttribute("content");

/** A PNG's size, from its IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("a chapter carries its description, canonical URL, Open Graph and Twitter cards, and a 1200×630 image", async ({ page, request }) => {
  // The first request for a card loads the image route; on a loaded machine that takes a while.
  test.slow();
  await page.goto(CHAPTER);
  const description = await meta(page, "description");
  expect(description?.length).toBeGreaterThan(20);
  expect(await page.locator('head link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`^https?://[^/]+${CHAPTER}$`));
  expect(await meta(page, "og:title")).toBe(TITLE);
  expect(await meta(page, "og:description")).toBe(description);
  expect(await meta(page, "og:type")).toBe("article");
  expect(await meta(page, "og:url")).toMatch(new RegExp(`${CHAPTER}$`));
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");
  expect(await meta(page, "twitter:title")).toBe(TITLE);
  const image = await meta(page, "og:image");
  expect(image).toMatch(/\/og\/ros2\/tf2-and-rviz$/);
  expect(await meta(page, "twitter:image")).toBe(image);
  expect(await meta(page, "og:image:width")).toBe("1200");

  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
});

test("Copy as Markdown puts the chapter's Markdown on the clipboard and says Copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(CHAPTER);
  const copy = page.getByRole("button", { name: "Copy as Markdown" });
  await copy.click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^# ${TITLE}`));
  expect(copied).toBe(await (await page.request.get(`${CHAPTER}.md`)).text());
  await expect(copy).toBeVisible({ timeout: 5_000 });
});

test("the page actions open from the keyboard and hand the chapter's Markdown URL to ChatGPT and Claude", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(CHAPTER);
  const more = page.getByRole("button", { name: "More actions" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(more).toHaveAttribute("aria-expanded", "true");
  const markdownUrl = encodeURIComponent(`${new URL(page.url()).origin}${CHAPTER}.md`);
  const chatgpt = page.getByRole("link", { name: /Open in ChatGPT/ });
  const claude = page.getByRole("link", { name: /Open in Claude/ });
  expect(await chatgpt.getAttribute("href")).toMatch(/^https:\/\/chatgpt\.com\/\?/);
  expect(await chatgpt.getAttribute("href")).toContain(markdownUrl);
  expect(await claude.getAttribute("href")).toMatch(/^https:\/\/claude\.ai\/new\?q=/);
  expect(await claude.getAttribute("href")).toContain(markdownUrl);
  await expect(page.getByRole("link", { name: "View as Markdown" })).toHaveAttribute("href", `${CHAPTER}.md`);
  // Tab walks into the menu; on a phone it stays on screen.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "View as Markdown" })).toBeFocused();
  const box = (await page.locator(".page-actions-menu").boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await page.keyboard.press("Escape");
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await expect(chatgpt).toBeHidden();
  await expect(more).toBeFocused();
});

/** Counts window.print() calls instead of opening the dialog. */
const countPrints = (page: Page) =>
  page.addInitScript(() => {
    const w = window as Window & { printed?: number };
    w.printed = 0;
    w.print = () => void (w.printed! += 1);
  });
const prints = (page: Page) => page.evaluate(() => (window as Window & { printed?: number }).printed);

test("Download PDF downloads the chapter's PDF where the build made one, and prints the page where it did not", async ({ page }) => {
  await countPrints(page);
  let built = false;
  await page.route("**/pdf/ros2/tf2-and-rviz.pdf", (route) =>
    built
      ? route.fulfill({ status: 200, contentType: "application/pdf", body: "%PDF-1.4\n%%EOF\n" })
      : route.fulfill({ status: 404, body: "" }),
  );
  await page.goto(CHAPTER);
  const more = page.getByRole("button", { name: "More actions" });

  await more.click();
  await page.getByRole("link", { name: "Download PDF" }).click();
  await expect.poll(() => prints(page)).toBe(1);

  built = true;
  await more.click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  expect((await download).suggestedFilename()).toBe("tf2-and-rviz.pdf");
  expect(await prints(page)).toBe(1);
});

test("without the book's PDF, 'Download the whole book' opens the printable book and prints it", async ({ page }) => {
  // The printable book renders every chapter on its first request.
  test.slow();
  await countPrints(page);
  await page.route("**/pdf/book.pdf", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(CHAPTER);
  await page.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("link", { name: "Download the whole book (PDF)" }).click();
  await expect(page).toHaveURL(/\/print\/book#print$/, { timeout: 120_000 });
  await expect.poll(() => prints(page), { timeout: 30_000 }).toBe(1);
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents.getByRole("link", { name: TITLE })).toHaveAttribute("href", "#print-ros2--tf2-and-rviz");
  await expect(page.locator("article.print-chapter")).toHaveCount(await contents.getByRole("link").count());
});

test("on paper a chapter is light, alone and complete: no header, sidebar, buttons or tutor; code wraps; links show their target", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.goto("/learn/ros2/nodes-topics-services-actions");
  await page.emulateMedia({ media: "print" });
  for (const hidden of ["body > header", ".book-nav", ".book-aside", ".chat-launcher", ".page-actions", ".copy-button"]) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
  expect(await page.locator(".prose-book pre").first().evaluate((pre) => getComputedStyle(pre).whiteSpace)).toBe("pre-wrap");
  const external = page.locator('.prose-book a[href^="http"]').first();
  const href = await external.getAttribute("href");
  expect(await external.evaluate((a) => getComputedStyle(a, "::after").content)).toBe(`" (${href})"`);
  const quiz = page.locator('[data-quiz-id="ros2-comms-1"]');
  await expect(quiz.getByRole("radio")).toHaveCount(4);
  await expect(quiz.locator(".quiz-option").first()).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".page-actions")).toBeVisible();
});

test("a chapter prints to a PDF with its text and numbered pages (npm run pdf's printer)", async ({ page }) => {
  test.slow();
  const pdf = await pagePdf(page, CHAPTER);
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  expect(doc.numPages).toBeGreaterThan(1);
  // PDF.js splits words at kerning; the pieces carry their own spaces and line ends.
  const text = async (n: number) =>
    ((await (await doc.getPage(n)).getTextContent()).items as { str: string; hasEOL: boolean }[])
      .map((item) => item.str + (item.hasEOL ? "\n" : ""))
      .join("");
  const first = await text(1);
  expect(first).toContain(TITLE);
  expect(first).toContain(`1 / ${doc.numPages}`);
  expect(await text(doc.numPages)).toContain(`${doc.numPages} / ${doc.numPages}`);
  for (const control of ["More actions", "Copy as Markdown", "Ask the tutor"]) expect(first).not.toContain(control);
  await doc.destroy();
});
