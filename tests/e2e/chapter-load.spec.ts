import { expect, test } from "./test";

// What a chapter costs to load. A trace's DOM snapshots lay out every block of the page, which fetches what
// these tests expect to wait, so this file runs untraced.
test.use({ trace: "off" });

test("a chapter load costs one session check, no web fonts, and no pages fetched ahead until the reader points at a link", async ({ page }) => {
  const requests: string[] = [];
  const prefetches: string[] = [];
  page.on("request", (request) => {
    requests.push(request.url());
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });
  const sessionChecks = () => requests.filter((url) => url.includes("/api/auth/get-session")).length;
  await page.goto("/learn/ros2/architecture-dds-qos");
  // The check is made once the page has hydrated, which on a loaded machine can come after the network went quiet.
  await expect.poll(sessionChecks).toBeGreaterThan(0);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  // The account menu and the background blocks share one GET /api/auth/get-session.
  expect(sessionChecks()).toBe(1);
  expect(requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url))).toEqual([]);
  expect(prefetches).toEqual([]);

  const nav = page.getByRole("navigation", { name: "Book chapters" });
  await nav.getByRole("link", { name: "Nodes, Topics, Services and Actions" }).hover();
  await expect.poll(() => prefetches.some((url) => url.includes("/learn/ros2/nodes-topics-services-actions"))).toBe(true);
});

test("maths far down a chapter is laid out, and KaTeX's fonts fetched, only as the reader nears it or prints", async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/KaTeX_")) fonts.push(request.url());
  });
  await page.goto("/learn/simulation/gazebo-worlds-and-sdf");
  const maths = page.locator("article .katex").first();
  await page.waitForLoadState("networkidle");
  expect(fonts).toEqual([]);
  // Measured after the check above: asking for a skipped block's box lays it out, fonts and all.
  expect(await maths.evaluate((element) => element.getBoundingClientRect().top > 2 * window.innerHeight)).toBe(true);

  await maths.scrollIntoViewIfNeeded();
  await expect.poll(() => fonts.some((url) => url.includes("/KaTeX_Main-Regular"))).toBe(true);
  await expect(maths).toBeVisible();

  // On paper no block waits to be scrolled near.
  await page.emulateMedia({ media: "print" });
  const lastBlock = page.locator("article :is(p, ul, ol, table, .katex-display):has(.katex)").last();
  expect(await lastBlock.evaluate((block) => getComputedStyle(block).contentVisibility)).toBe("visible");
});
