import fs from "node:fs";
import path from "node:path";
import { type Page, type Response } from "@playwright/test";
import { openSearch } from "./pages";
import { expect, test } from "./test";

const CHAPTER = "/learn/ros2/tf2-and-rviz";
const URDU_CHAPTER = "/ur/learn/ros2/tf2-and-rviz";
// The Nastaliq file the Urdu layout serves (app/(ur)/layout.tsx), as the font package ships it.
const NASTALIQ = fs.readFileSync(
  path.resolve("node_modules/@fontsource-variable/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-wght-normal.woff2"),
);

/** The URLs of the font files a page downloads from the moment this is called. */
function fontsFetched(page: Page): string[] {
  const urls: string[] = [];
  page.on("response", (response: Response) => {
    if (response.request().resourceType() === "font") urls.push(response.url());
  });
  return urls;
}

/** Whether one of `urls` serves the package's Nastaliq file. */
async function includesNastaliq(page: Page, urls: string[]) {
  for (const url of urls) if (Buffer.from(await (await page.request.get(url)).body()).equals(NASTALIQ)) return true;
  return false;
}

test("switching a chapter to Urdu lands on the same section, right to left, with code left to right in the Nastaliq font", async ({ page }) => {
  const englishFonts = fontsFetched(page);
  await page.goto(CHAPTER);
  // The fifth section of the chapter (a level-3 heading), well down the page.
  const english = page.locator(".prose-book :is(h2, h3)").nth(4);
  const englishId = await english.getAttribute("id");
  await english.evaluate((heading) => heading.scrollIntoView());
  await page.waitForLoadState("networkidle");
  expect(await includesNastaliq(page, englishFonts), "no Nastaliq on an English page").toBe(false);

  const urduFonts = fontsFetched(page);
  // In the sticky header, so the reader need not scroll back to the top to find it.
  await page.getByRole("banner").getByRole("link", { name: "اردو" }).click();
  await expect(page).toHaveURL(new RegExp(`${URDU_CHAPTER}#`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // The same section: the heading at the same position, and it is the one in view.
  const urdu = page.locator(".prose-book :is(h2, h3)").nth(4);
  const urduId = await urdu.getAttribute("id");
  expect(urduId).not.toBe(englishId);
  expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(urduId);
  await expect(urdu).toBeInViewport();

  const direction = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).direction);
  expect(await direction(".prose-book p")).toBe("rtl");
  expect(await direction(".prose-book pre")).toBe("ltr");
  expect(await direction(".katex-display")).toBe("ltr");
  // The sidebar is on the right, the contents column on the left.
  const sidebar = await page.getByRole("navigation", { name: "کتاب کے ابواب" }).boundingBox();
  const article = await page.locator("article").boundingBox();
  expect(sidebar!.x).toBeGreaterThan(article!.x);

  await page.waitForLoadState("networkidle");
  expect(await includesNastaliq(page, urduFonts), "the Nastaliq file from the font package").toBe(true);
  expect(await page.locator(".prose-book p").first().evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/^nastaliq\b/i);
  expect(await page.evaluate(() => document.fonts.check("16px nastaliq", "اردو"))).toBe(true);

  // And back: the English switch lands on the English section.
  await page.getByRole("banner").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(`${CHAPTER}#${englishId}`);
});

test("the home page leads to the Urdu book, whose contents list the Urdu chapters", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "اردو میں پڑھیں" }).click();
  await expect(page).toHaveURL(/\/ur$/);
  await page.getByRole("link", { name: "پڑھنا شروع کریں" }).click();
  await expect(page).toHaveURL(/\/ur\/learn\/foundations$/);
  // In the sidebar, under its (folded) module, with its Urdu title.
  await expect(page.getByRole("navigation", { name: "کتاب کے ابواب" }).locator(`a[href="${URDU_CHAPTER}"]`)).toContainText("tf2 کے ساتھ coordinate frames");
});

test("an Urdu page's links lead to the Urdu pages and sections", async ({ page }) => {
  await page.goto("/ur/learn/foundations/hardware-and-lab-setup");
  const link = page.locator('.prose-book a[href^="/ur/learn/foundations/hardware-and-lab-setup#"], .prose-book a[href^="#"]').first();
  const target = decodeURIComponent((await link.getAttribute("href"))!.split("#")[1]!);
  await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
  await expect(page.locator('.prose-book a[href^="/learn/"]')).toHaveCount(0);
});

test("search on an Urdu page searches the Urdu book and opens the Urdu section", async ({ page }) => {
  await page.goto(URDU_CHAPTER);
  // Until the page has hydrated the shortcut does nothing; openSearch presses it until the dialog opens.
  const search = await openSearch(page, "کتاب میں تلاش کریں");
  await search.getByRole("combobox").fill("اکائیاں محوروں");
  const first = search.getByRole("option").first();
  await expect(first).toContainText("اکائیاں اور محوروں کی سمتیں", { timeout: 30_000 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${URDU_CHAPTER}#`));
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#rep-103-اکائیاں-اور-محوروں-کی-سمتیں");
});
