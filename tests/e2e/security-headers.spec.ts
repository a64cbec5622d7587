import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./pages";

/** Every CSP violation the page reports, from the console and from the DOM event. */
async function cspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  return violations;
}

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/learn/ros2/architecture-dds-qos", "/api/search?q=urdf"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  }
});

test("only the MuJoCo scene's worker files may evaluate code, and they may load nothing from elsewhere", async ({ request }) => {
  const page = (await request.get("/learn/humanoid/humanoid-control")).headers()["content-security-policy"]!;
  expect(page).not.toContain("'unsafe-eval'");
  expect(page).toContain("'wasm-unsafe-eval'");
  for (const file of ["balance-worker.mjs", "mujoco_wasm.js", "balancer.xml"]) {
    const response = await request.get(`/mujoco/0.0.7/${file}`);
    expect(response.status()).toBe(200);
    const policies = response.headers()["content-security-policy"]!;
    // One policy, not the app's plus this one.
    expect(policies).toBe("default-src 'none'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; connect-src 'self'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
  expect((await request.get("/mujoco/0.0.7/package.json")).status()).toBe(404);
  expect((await request.get("/pyodide/314.0.7/console.html")).status()).toBe(404);
});

test("the pages hydrate and work under the policy, with no CSP violation", async ({ page }) => {
  const violations = await cspViolations(page);
  for (const path of ["/", "/learn", "/learn/humanoid/bipedal-locomotion-balance", "/learn/capstone/glossary", "/sign-in", "/sign-up", "/no-such-page"]) {
    await page.goto(path);
    // The tutor's launcher answers a click only once React has hydrated the page.
    await page.getByRole("button", { name: /Ask the tutor/ }).click();
    await expect(page.getByRole("complementary", { name: "AI tutor" })).toBeVisible();
  }
  // Search loads its code and its index on first use.
  await page.goto("/learn/ros2/architecture-dds-qos");
  await page.getByRole("button", { name: /^Search/ }).click();
  const dialog = page.getByRole("dialog", { name: "Search the book" });
  await dialog.getByRole("combobox").fill("zero moment point");
  await expect(dialog.getByRole("option").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("the tutor streams an answer, and sign-up, onboarding and the account page work, with no CSP violation", async ({ page }) => {
  const violations = await cspViolations(page);
  await page.goto("/learn/ros2/architecture-dds-qos");
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  const panel = page.getByRole("complementary", { name: "AI tutor" });
  await panel.getByLabel("Your question").fill("How does transient local durability help a late-joining subscriber?");
  await panel.getByRole("button", { name: "Send" }).click();
  const answer = panel.getByRole("article", { name: "Tutor answer" }).last();
  await expect(answer.getByRole("list", { name: "Sources" })).toBeVisible({ timeout: 20_000 });

  await signUp(page, "Policy Reader", uniqueEmail("csp"));
  await page.getByRole("link", { name: "Skip for now" }).click();
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
