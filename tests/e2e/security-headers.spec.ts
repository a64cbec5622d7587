import { expect, test, type Page } from "@playwright/test";
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
