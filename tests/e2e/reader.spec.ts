import { expect, test } from "./test";
import { choose, chooseAll, expectTypesetSubscript, openSearch, signUp, uniqueEmail } from "./pages";

test("the home page leads into the book, and the sidebar and prev/next move through it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Physical AI & Humanoid Robotics" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Thirteen weeks, week by week" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Hardware tiers/ })).toBeVisible();
  await page.getByRole("link", { name: "Start reading" }).click();
  await expect(page).toHaveURL(/\/learn\/foundations$/);

  const nav = page.getByRole("navigation", { name: "Book chapters" });
  // On a loaded machine a click can land while the sidebar is still hydrating and be lost: click again then.
  const chapterLink = nav.getByRole("link", { name: "Nodes, Topics, Services and Actions" });
  await expect(async () => {
    if (!(await chapterLink.isVisible())) await nav.getByText("Module 1 — ROS 2, the robotic nervous system").click();
    await chapterLink.click({ timeout: 3_000 });
    await expect(page).toHaveURL(/\/learn\/ros2\/nodes-topics-services-actions$/, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nodes, Topics, Services and Actions");
  await expect(nav.getByRole("link", { name: "Nodes, Topics, Services and Actions" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("link", { name: /Next →/ }).click();
  await expect(page).toHaveURL(/\/learn\/ros2\/rclpy-packages$/);
  await page.getByRole("link", { name: /← Previous/ }).click();
  await expect(page).toHaveURL(/\/learn\/ros2\/nodes-topics-services-actions$/);
});

test("the home page's weeks table uses the course numbering of the sidebar and module cards", async ({ page }) => {
  await page.goto("/");
  const week = (title: string) => page.getByRole("row").filter({ hasText: title });
  await expect(week("Introduction: Foundations of Physical AI")).toContainText("1–2");
  await expect(week("Module 1 — ROS 2, the robotic nervous system")).toContainText("3–5");
  await expect(week("Module 2 — The Digital Twin")).toContainText("6–7");
  await expect(week("Module 3 — The AI-Robot Brain with NVIDIA Isaac")).toContainText("8–10");
  await expect(week("Humanoid Robot Development")).toContainText(/11–12.*control/);
  await expect(week("Module 4 — Vision-Language-Action")).toContainText("13");
});

test("the table of contents jumps to a section and follows the reader", async ({ page }) => {
  await page.goto("/learn/ros2/architecture-dds-qos");
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "Discovery and domains" }).click();
  await expect(page).toHaveURL(/#discovery-and-domains$/);
  await expect(page.locator("h2#discovery-and-domains")).toBeInViewport();
  await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
});

test("below the wide layout 'On this page' is a folded list at the top of the chapter", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto("/learn/ros2/architecture-dds-qos");
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc).toBeHidden();
  await page.locator("summary", { hasText: "On this page" }).click();
  await toc.getByRole("link", { name: "Discovery and domains" }).click();
  await expect(page).toHaveURL(/#discovery-and-domains$/);
  await expect(page.locator("h2#discovery-and-domains")).toBeInViewport();
  await expect(toc.locator('[aria-current="location"]')).toHaveText("Discovery and domains");
});

test("the contents column marks the section being read at every scroll position, and shows it", async ({ page }) => {
  await page.goto("/learn/humanoid/bipedal-locomotion-balance");
  const marked = page.locator('.book-toc [aria-current="location"]');
  const end = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  for (let step = 1; step <= 12; step++) {
    await page.evaluate((y) => window.scrollTo(0, y), Math.round((end * step) / 12));
    // The section being read: the last heading at or above the line under the sticky header.
    const reading = await page.evaluate(() => {
      const ids = [...document.querySelectorAll<HTMLElement>(".book-toc [data-toc-id]")].map((link) => link.dataset.tocId!);
      return ids.filter((id) => document.getElementById(id)!.getBoundingClientRect().top <= 96).at(-1);
    });
    expect(reading, `a heading has been scrolled past at step ${step}`).toBeDefined();
    await expect(marked).toHaveCount(1);
    await expect(marked).toHaveAttribute("data-toc-id", reading!);
    await expect(marked).toBeInViewport();
  }
});

test("search finds a section and lands on it", async ({ page }) => {
  await page.goto("/learn");
  const dialog = await openSearch(page);
  await dialog.getByRole("combobox").fill("durability transient local");
  await expect(dialog.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/learn\/[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9-]+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test("search finds a code identifier anywhere in a section, and plain words for it", async ({ page }) => {
  await page.goto("/learn");
  const dialog = await openSearch(page);
  const input = dialog.getByRole("combobox");
  await input.fill("StaticTransformBroadcaster");
  await expect(dialog.getByRole("option").first()).toContainText("Coordinate Frames with tf2");
  await input.fill("how do I make my robot walk");
  await expect(dialog.getByRole("option").first()).toBeVisible();
  await input.fill("static transform broadcaster");
  await expect(dialog.getByRole("option").first()).toContainText("Static transforms");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/learn\/ros2\/tf2-and-rviz#static-transforms-sensor-mounts$/);
});

test("the theme toggle is remembered after a reload", async ({ page }) => {
  await page.goto("/learn/ros2");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", "light");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.reload({ waitUntil: "domcontentloaded" });
  // Set by the inline head script, before any React code runs.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
  await expect(page.getByRole("button", { name: "Switch to dark theme" })).toBeVisible();
});

test("on a phone the chapters open in a drawer", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/learn/ros2/architecture-dds-qos");
  const nav = page.getByRole("navigation", { name: "Book chapters" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: /Chapters/ }).click();
  await expect(nav).toBeVisible();
  await nav.getByText("Module 3 — The AI-Robot Brain with NVIDIA Isaac").click();
  await nav.getByRole("link", { name: "Navigation with Nav2" }).click();
  await expect(page).toHaveURL(/\/learn\/isaac\/nav2-navigation$/);
  await expect(nav).toBeHidden();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
});

test("on a wide screen the chapter list shows first, though the chapter comes first in the page (painted sooner)", async ({ page }) => {
  for (const [width, columns] of [[1100, 2], [1400, 3]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/learn/ros2/tf2-and-rviz");
    const nav = page.getByRole("navigation", { name: "Book chapters" });
    const heading = page.getByRole("heading", { level: 1 });
    await expect(nav).toBeVisible();
    const inPageOrder = await page.evaluate(() => {
      const [article, list] = [document.querySelector("article.book-article")!, document.getElementById("book-nav")!];
      return Boolean(article.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(inPageOrder).toBe(true);
    const [listBox, headingBox] = [(await nav.boundingBox())!, (await heading.boundingBox())!];
    // The list is the first column, level with the chapter's top; the chapter the next.
    expect(listBox.x + listBox.width).toBeLessThanOrEqual(headingBox.x);
    expect(Math.abs(listBox.y - headingBox.y)).toBeLessThan(120);
    if (columns === 3) await expect(page.locator(".book-aside").getByRole("navigation", { name: "On this page" })).toBeVisible();
  }
});

test("an unknown chapter is a real 404", async ({ page }) => {
  const response = await page.goto("/learn/ros2/no-such-chapter");
  expect(response?.status()).toBe(404);
  await expect(page.getByText(/could not be found/i)).toBeVisible();
  await expect(page).toHaveTitle(/^Not found · /);
});

test("a quiz gives instant feedback with its explanation", async ({ page }) => {
  await page.goto("/learn/ros2/nodes-topics-services-actions");
  const quiz = page.locator('[data-quiz-id="ros2-comms-1"]');
  await quiz.getByRole("radio", { name: /^A service, because/ }).check();
  await expect(quiz.getByText("Not quite.")).toBeVisible();
  await quiz.getByRole("button", { name: "Try again" }).click();
  await quiz.getByRole("radio", { name: /^An action: goal, feedback/ }).check();
  await expect(quiz.getByText("Correct!")).toBeVisible();
  await expect(quiz.locator(".quiz-feedback").getByText(/An action bundles a goal request, a feedback stream/)).toBeVisible();
});

test("a chapter reads fully without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/learn/foundations/hardware-and-lab-setup");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const tabs = page.locator(".tabs").first();
  const panels = tabs.locator(".tab-panel");
  await expect(panels.nth(0)).toBeVisible();
  await expect(panels.nth(1)).toBeHidden();
  await tabs.locator(".tab-label").nth(1).click();
  await expect(panels.nth(1)).toBeVisible();
  await expect(panels.nth(0)).toBeHidden();
  const solution = page.locator("details.solution").first();
  await solution.locator("summary").click();
  await expect(solution).toHaveAttribute("open", "");
  await context.close();
});

test("background blocks open for readers whose setup matches", async ({ page }) => {
  await page.goto("/learn/foundations/hardware-and-lab-setup");
  const jetson = page.locator('[data-for-background="has:jetson"]').first();
  const noGpu = page.locator('[data-for-background="has:no-gpu"]').first();
  await expect(jetson).toBeVisible();
  await expect(jetson).not.toHaveAttribute("open", "");

  await page.goto("/");
  await expect(page.getByRole("link", { name: "Create a free account" })).toBeVisible();
  await signUp(page, "Jetson Owner", uniqueEmail("jetson"));
  await chooseAll(page, [
    ["Programming experience", "Beginner"],
    ["Python", "Beginner"],
    ["C++", "None"],
  ]);
  await page.getByRole("button", { name: "Next" }).click();
  await chooseAll(page, [
    ["ROS / ROS 2", "Never used ROS"],
    ["Linux command line", "Beginner"],
    ["AI / machine learning", "None"],
  ]);
  await page.getByRole("button", { name: "Next" }).click();
  await chooseAll(page, [
    ["GPU available", "RTX workstation"],
    ["NVIDIA Jetson", "Jetson Orin Nano"],
    ["Robot access", "No robot"],
  ]);
  await page.getByRole("button", { name: "Next" }).click();
  await choose(page, "Hours per week", "Under 3 hours");
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  // A reader with an account is not offered another one.
  await expect(page.getByRole("link", { name: "Your account and background" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create a free account" })).toHaveCount(0);

  await page.goto("/learn/foundations/hardware-and-lab-setup");
  await expect(jetson).toHaveAttribute("open", "");
  await expect(jetson.getByText("matches your setup")).toBeVisible();
  await expect(noGpu).toBeHidden();
});

test("the capstone chapter's starter-kit link downloads the kit as a zip", async ({ page }) => {
  await page.goto("/learn/capstone/autonomous-humanoid");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "download the starter kit" }).click();
  expect((await download).suggestedFilename()).toBe("capstone-starter-kit.zip");
  const response = await page.request.get("/downloads/capstone-starter-kit.zip");
  expect(response.headers()["content-type"]).toBe("application/zip");
  expect((await response.body()).subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
});

test("figures sit on the panel colour in both themes, which their SVG palettes are drawn for", async ({ page }) => {
  await page.goto("/learn/humanoid/bipedal-locomotion-balance");
  const figure = page.locator("figure.book-figure img").first();
  const colours = () =>
    figure.evaluate((img) => {
      const probe = document.createElement("div");
      probe.style.backgroundColor = "var(--panel)";
      document.body.append(probe);
      const panel = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return { image: getComputedStyle(img).backgroundColor, panel };
    });
  const dark = await colours();
  expect(dark.image).toBe(dark.panel);
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  const light = await colours();
  expect(light.image).toBe(light.panel);
  expect(light.panel).not.toBe(dark.panel);
});

test("maths is typeset with the stylesheet of the KaTeX that rendered it: a subscript is smaller and lowered", async ({ page }) => {
  await page.goto("/learn/humanoid/bipedal-locomotion-balance");
  await expectTypesetSubscript(page.locator("article"));
  // KaTeX's faces swap in (lib/css/katex-font-swap.mjs): its own `block` would hide the maths, and the paragraph
  // around it, until two font files arrived.
  const displays = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule && rule.style.getPropertyValue("font-family").includes("KaTeX"))
      .map((rule) => rule.style.getPropertyValue("font-display")),
  );
  expect(displays.length).toBeGreaterThan(10);
  expect(new Set(displays)).toEqual(new Set(["swap"]));
});

test("the book is open to machines: Markdown beside every chapter, llms.txt, sitemap and robots", async ({ request }) => {
  const chapter = await request.get("/learn/ros2/tf2-and-rviz.md");
  expect(chapter.status()).toBe(200);
  expect(chapter.headers()["content-type"]).toMatch(/^text\/markdown/);
  expect(await chapter.text()).toMatch(/^# Coordinate Frames with tf2/);
  expect((await request.get("/learn/ros2.md")).status()).toBe(200);
  expect((await request.get("/learn/ros2/no-such-chapter.md")).status()).toBe(404);
  expect(await (await request.get("/llms.txt")).text()).toContain("/learn/ros2/tf2-and-rviz.md)");
  expect(await (await request.get("/sitemap.xml")).text()).toContain("/learn/ros2/tf2-and-rviz</loc>");
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
