import { type Page } from "@playwright/test";
import { expect, test } from "./test";

// The book's runnable Python cells (components/mdx/python-cell). Pyodide's core comes from the app itself;
// numpy comes from Pyodide's package index, which these tests never reach (the machine is offline).

const STDLIB_CHAPTER = "/learn/foundations/hardware-and-lab-setup";
const NUMPY_CHAPTER = "/learn/humanoid/kinematics-and-dynamics";
const PACKAGE_INDEX = "https://cdn.jsdelivr.net/**";

const cell = (page: Page, file: string) => page.locator(`[data-python-cell][data-file="${file}"]`);
const output = (page: Page, file: string) => page.getByRole("log", { name: `Output of ${file}` });

// Starting Python (10 MB of WebAssembly) takes seconds on a busy machine.
test.setTimeout(120_000);

test("a standard-library cell runs in the page and prints the book's numbers, with no CSP violation", async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`));
  });
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  const pyodideRequests: string[] = [];
  page.on("request", (request) => {
    if (/pyodide/.test(request.url())) pyodideRequests.push(request.url());
  });
  await page.goto(STDLIB_CHAPTER);
  const latency = cell(page, "latency_trap.py");
  await expect(latency.getByRole("button", { name: "Run" })).toBeVisible();
  // Nothing of Pyodide is loaded before the first Run.
  expect(pyodideRequests).toEqual([]);
  await latency.getByRole("button", { name: "Run" }).click();
  await expect(output(page, "latency_trap.py")).toContainText("joint PD        1000 Hz      20 Hz     6.2 ms  wired LAN", { timeout: 90_000 });
  await expect(output(page, "latency_trap.py")).toContainText("0.15 m driven on a stale command");
  await expect(latency.getByRole("button", { name: "Run" })).toBeVisible();
  expect(pyodideRequests.some((url) => url.includes("/pyodide/") && url.endsWith("pyodide.asm.wasm"))).toBe(true);
  expect(pyodideRequests.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
  expect(violations).toEqual([]);
});

test("a cell can be edited, run, and reset to the book's code", async ({ page }) => {
  await page.goto(STDLIB_CHAPTER);
  const latency = cell(page, "latency_trap.py");
  await latency.getByRole("button", { name: "Edit" }).click();
  const editor = latency.getByLabel("Editing latency_trap.py");
  await editor.fill("print(sum(range(10)))\n");
  await latency.getByRole("button", { name: "Run" }).click();
  await expect(output(page, "latency_trap.py").locator("pre")).toHaveText(["45"], { timeout: 90_000 });
  await latency.getByRole("button", { name: "Reset" }).click();
  await expect(editor).toBeHidden();
  await expect(latency.locator("code")).toContainText("PHASE_MARGIN = 45.0");
  await latency.getByRole("button", { name: "Run" }).click();
  await expect(output(page, "latency_trap.py")).toContainText("6.2 ms", { timeout: 90_000 });
});

test("a failing cell shows the exception and its line", async ({ page }) => {
  await page.goto(STDLIB_CHAPTER);
  const latency = cell(page, "latency_trap.py");
  await latency.getByRole("button", { name: "Edit" }).click();
  await latency.getByLabel("Editing latency_trap.py").fill("x = 1\nprint('before')\ny = x / 0\n");
  await latency.getByRole("button", { name: "Run" }).click();
  const log = output(page, "latency_trap.py");
  await expect(log).toContainText("before", { timeout: 90_000 });
  await expect(log).toContainText("ZeroDivisionError: division by zero (line 3 of latency_trap.py: y = x / 0)");
});

test("a long run can be stopped, and the next run starts afresh", async ({ page }) => {
  await page.goto(STDLIB_CHAPTER);
  const latency = cell(page, "latency_trap.py");
  await latency.getByRole("button", { name: "Edit" }).click();
  await latency.getByLabel("Editing latency_trap.py").fill("print('spinning', flush=True)\nwhile True:\n    pass\n");
  await latency.getByRole("button", { name: "Run" }).click();
  await expect(output(page, "latency_trap.py")).toContainText("spinning", { timeout: 90_000 });
  // The page stays responsive while Python spins in its worker.
  await latency.getByRole("button", { name: "Stop" }).click();
  await expect(output(page, "latency_trap.py")).toContainText("Stopped.");
  await expect(latency.getByRole("button", { name: "Run" })).toBeVisible();
  await latency.getByRole("button", { name: "Reset" }).click();
  await latency.getByRole("button", { name: "Run" }).click();
  await expect(output(page, "latency_trap.py")).toContainText("6.2 ms", { timeout: 90_000 });
});

test("without the package index a numpy cell says it is offline, and standard-library cells still run", async ({ page }) => {
  await page.route(PACKAGE_INDEX, (route) => route.abort("internetdisconnected"));
  await page.goto(NUMPY_CHAPTER);
  const fk = cell(page, "fk_planar.py");
  await fk.getByRole("button", { name: "Run" }).click();
  await expect(output(page, "fk_planar.py")).toContainText("Could not download numpy from Pyodide's package index: you may be offline.", { timeout: 90_000 });
  await expect(fk.getByRole("button", { name: "Run" })).toBeVisible();
  await fk.getByRole("button", { name: "Edit" }).click();
  await fk.getByLabel("Editing fk_planar.py").fill("import math\nprint(round(math.hypot(3, 4), 1))\n");
  await fk.getByRole("button", { name: "Run" }).click();
  await expect(output(page, "fk_planar.py").locator("pre")).toHaveText(["5.0"], { timeout: 90_000 });
});

test("a cell imports an earlier cell of its chapter, as edited", async ({ page }) => {
  await page.route(PACKAGE_INDEX, (route) => route.abort("internetdisconnected"));
  await page.goto(NUMPY_CHAPTER);
  const first = cell(page, "fk_planar.py");
  await first.getByRole("button", { name: "Edit" }).click();
  await first.getByLabel("Editing fk_planar.py").fill("REACH = 0.42\n");
  const later = cell(page, "singularity_scan.py");
  await later.getByRole("button", { name: "Edit" }).click();
  await later.getByLabel("Editing singularity_scan.py").fill("from fk_planar import REACH\nprint(REACH * 2)\n");
  await later.getByRole("button", { name: "Run" }).click();
  await expect(output(page, "singularity_scan.py").locator("pre")).toHaveText(["0.84"], { timeout: 90_000 });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a cell is the book's highlighted code block, with no dead buttons", async ({ page }) => {
    await page.goto(STDLIB_CHAPTER);
    const latency = cell(page, "latency_trap.py");
    await expect(latency.locator("code")).toContainText("PHASE_MARGIN = 45.0");
    await expect(latency.getByRole("button", { name: "Run" })).toHaveCount(0);
    await expect(page.getByText("latency_trap.py output")).toBeVisible();
  });
});
