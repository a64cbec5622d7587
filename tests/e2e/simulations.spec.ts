import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./test";

// The live simulations (components/simulations): each loads when it scrolls into view, answers its
// sliders and the keyboard, and says in text what it shows.

const simulation = (page: Page, title: string) => page.getByRole("region", { name: new RegExp(title) });

async function reveal(page: Page, path: string, title: string): Promise<Locator> {
  await page.goto(path);
  const region = simulation(page, title);
  await region.scrollIntoViewIfNeeded();
  return region;
}

test("no simulation code is fetched until its figure scrolls into view", async ({ page }) => {
  const chunks: string[] = [];
  await page.goto("/learn/humanoid/kinematics-and-dynamics");
  await page.waitForLoadState("networkidle");
  page.on("request", (request) => void chunks.push(request.url()));
  const region = simulation(page, "Two-link leg");
  await expect(region.getByText("The live simulation loads here.")).toBeAttached();
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByLabel("Target x")).toBeVisible();
  expect(chunks.some((url) => url.includes("/_next/static/chunks/"))).toBe(true);
});

test("the 2-link arm solves IK for the slider target and flags the singularity", async ({ page }) => {
  const region = await reveal(page, "/learn/humanoid/kinematics-and-dynamics", "Two-link leg");
  const readout = region.locator(".sim-readout");
  await expect(readout).toContainText("hip -9.4°, knee 83.3°");
  await region.getByRole("button", { name: "Other knee branch" }).click();
  await expect(readout).toContainText("hip 71.3°, knee -83.3°");
  // Keyboard: stretch the leg out along x until it nearly straightens.
  const x = region.getByLabel("Target x");
  await region.getByLabel("Target y").fill("0");
  await x.focus();
  await x.press("End");
  await expect(readout).toContainText("out of reach");
  // 0.78 m: the leg straight, at the singularity.
  for (let i = 0; i < 7; i++) await x.press("ArrowLeft");
  await expect(readout).toContainText("near the singularity");
  await region.getByRole("button", { name: "Reset" }).click();
  await expect(readout).toContainText("hip -9.4°, knee 83.3°");
});

test("the PID joint redraws its step response for new gains", async ({ page }) => {
  const region = await reveal(page, "/learn/humanoid/humanoid-control", "PID on the gravity-loaded joint");
  const readout = region.locator(".sim-readout");
  await expect(readout).toContainText("overshoot 10.5 %, steady error -0.0060 rad");
  await region.getByLabel("Anti-windup").press("Space");
  await expect(readout).toContainText("overshoot 26.1 %");
  await region.getByLabel("Anti-windup").check();
  const ki = region.getByLabel("Ki (N m/(rad s))");
  await ki.focus();
  await ki.press("Home");
  await expect(readout).toContainText("steady error 0.1417 rad");
  await region.getByRole("button", { name: "Reset" }).click();
  await expect(readout).toContainText("overshoot 10.5 %");
});

test("the LIPM walker recovers from a small push and falls from a big one unless it steps", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const region = await reveal(page, "/learn/humanoid/bipedal-locomotion-balance", "Push the walking pendulum");
  const readout = region.locator(".sim-readout");
  await region.getByRole("button", { name: "Push" }).click();
  await expect(readout).toContainText("recovered, largest DCM error 0.085 m");
  const push = region.getByLabel("Push (forward)");
  await push.focus();
  for (let i = 0; i < 6; i++) await push.press("ArrowRight");
  await region.getByRole("button", { name: "Push" }).press("Enter");
  await expect(readout).toContainText("0.60 m/s at 2 s: the DCM diverged and the robot falls");
  await region.getByLabel("Step to the capture point").check();
  await region.getByRole("button", { name: "Push" }).click();
  await expect(readout).toContainText("stepping to the capture point: recovered");
});

test("the LIPM walker animates the walk when motion is allowed", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  const region = await reveal(page, "/learn/humanoid/bipedal-locomotion-balance", "Push the walking pendulum");
  await region.getByRole("button", { name: "Push" }).click();
  await expect(region.locator(".sim-readout")).toContainText("Walking, t =");
  await expect(region.locator(".sim-readout")).toContainText("recovered", { timeout: 15_000 });
});

test("the grasp reaches force closure when friction passes tan 30°", async ({ page }) => {
  const region = await reveal(page, "/learn/humanoid/manipulation-grasping", "Friction cones and force closure");
  const readout = region.locator(".sim-readout");
  await expect(readout).toContainText("No force closure");
  const mu = region.getByLabel("Friction coefficient μ");
  await mu.fill("0.57");
  await expect(readout).toContainText("No force closure");
  await mu.focus();
  await mu.press("ArrowRight");
  await expect(readout).toContainText("Force closure");
  await region.getByLabel("Finger 2 angle").fill("180");
  await mu.fill("0.05");
  await expect(readout).toContainText("Force closure");
  await region.getByRole("button", { name: "Reset" }).click();
  await expect(readout).toContainText("No force closure");
});

test("the MuJoCo scene steps in real time, survives a small push and falls from a big one", async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  const region = await reveal(page, "/learn/humanoid/humanoid-control", "A humanoid in MuJoCo");
  const readout = region.locator(".sim-readout").first();
  const simulatedTime = async () => Number(/Simulated time ([\d.]+) s/.exec((await readout.textContent()) ?? "")?.[1] ?? NaN);
  await expect(readout).toContainText("Simulated time", { timeout: 60_000 });
  await expect.poll(simulatedTime, { timeout: 20_000 }).toBeGreaterThan(1);
  const before = await simulatedTime();
  await expect.poll(simulatedTime).toBeGreaterThan(before + 0.5);

  const pitch = async () => Math.abs(Number(/Torso pitch (-?[\d.]+)°/.exec((await readout.textContent()) ?? "")?.[1] ?? NaN));
  await region.getByRole("button", { name: "Push" }).click();
  await expect(region.getByText(/Pushed forward with 80 N/)).toBeVisible();
  await expect.poll(pitch, { timeout: 5_000 }).toBeGreaterThan(0.5);
  await expect.poll(pitch, { timeout: 15_000 }).toBeLessThan(0.5);

  const force = region.getByLabel("Push force (for 0.1 s)");
  await force.focus();
  await force.press("End");
  await region.getByRole("button", { name: "Push" }).press("Enter");
  await expect(region.getByText(/The robot fell at t = /)).toBeVisible({ timeout: 15_000 });
  await region.getByRole("button", { name: "Reset" }).click();
  await expect(region.getByText("Reset: standing upright at t = 0.")).toBeVisible();
  await expect.poll(simulatedTime, { timeout: 10_000 }).toBeGreaterThan(0.5);
  expect(violations).toEqual([]);
});
