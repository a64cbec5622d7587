import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { linkIn, receivedMail } from "./mail";
import { axeViolations, ownAddress, signIn, signUp, uniqueEmail } from "./pages";
import { E2E_ADMIN_EMAIL, PORT } from "./ports";

test.describe.configure({ mode: "serial" });

async function signedUpAndConfirmed(browser: Browser, name: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ extraHTTPHeaders: ownAddress() })).newPage();
  await signUp(page, name, email);
  // The sign-up mail's link confirms the address and goes on to onboarding.
  await page.goto(linkIn(await receivedMail(email)));
  await expect(page).toHaveURL(/\/onboarding/);
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Profile" })).toContainText("(confirmed)");
  return page;
}

const userCard = (page: Page, email: string) => page.getByRole("list", { name: "Users" }).getByRole("listitem", { name: email });

let admin: Page;

test.beforeAll(async ({ browser }) => {
  // ADMIN_EMAILS of the server under test names this address: it becomes an admin once confirmed.
  admin = await signedUpAndConfirmed(browser, "Head", E2E_ADMIN_EMAIL);
});

test("a student and a guest get 403 from the admin page; signed out, it asks to sign in", async ({ browser, page }) => {
  const student = await signedUpAndConfirmed(browser, "Student", uniqueEmail("student"));
  expect((await student.goto("/admin"))?.status()).toBe(403);
  await expect(student.getByRole("heading", { name: "Not for your account" })).toBeVisible();
  expect((await student.request.get("/api/auth/admin/list-users"))?.status()).toBe(403);

  expect((await page.request.post("/api/auth/sign-in/anonymous", { data: {}, headers: { origin: `http://localhost:${PORT}` } })).status()).toBe(200);
  expect((await page.goto("/admin"))?.status()).toBe(403);
  expect((await page.request.get("/api/auth/admin/list-users")).status()).toBe(403);

  const stranger = await (await browser.newContext({ extraHTTPHeaders: ownAddress() })).newPage();
  await stranger.goto("/admin");
  await expect(stranger).toHaveURL(/\/sign-in\?next=%2Fadmin/);
});

test("an admin promotes a user to instructor and bans another, whose open session is refused on its next request", async ({ browser }) => {
  const promotedEmail = uniqueEmail("promoted");
  const promoted = await signedUpAndConfirmed(browser, "Promoted", promotedEmail);
  const bannedEmail = uniqueEmail("banned");
  const banned = await signedUpAndConfirmed(browser, "Banned", bannedEmail);

  await admin.goto("/admin");
  await admin.getByLabel("Search by email").fill(promotedEmail);
  await admin.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(admin.getByRole("main").getByRole("status").first()).toContainText("1 user matching");
  const card = userCard(admin, promotedEmail);
  await card.getByLabel(`Role of ${promotedEmail}`).selectOption("instructor");
  await card.getByRole("button", { name: "Save role" }).click();
  await expect(card.getByText("Role set to instructor.")).toBeVisible();
  await expect(card.getByRole("definition").first()).toHaveText("instructor");

  // The promoted user's next page shows the new role, not the one signed into their session cookie.
  await promoted.goto("/account");
  await expect(promoted.getByRole("region", { name: "Profile" })).toContainText("instructor");

  await admin.goto(`/admin?q=${encodeURIComponent(bannedEmail)}`);
  const bannedCard = userCard(admin, bannedEmail);
  await bannedCard.getByLabel("Ban reason").fill("Posting spam");
  await bannedCard.getByRole("button", { name: "Ban", exact: true }).click();
  await expect(bannedCard.getByRole("definition").first()).toHaveText("student (banned)");
  await expect(bannedCard).toContainText("Posting spam");

  await banned.goto("/account");
  await expect(banned).toHaveURL(/\/sign-in/);
  await signIn(banned, bannedEmail);
  await expect(banned.getByRole("main").getByRole("alert")).toContainText("suspended");

  await admin.goto("/admin");
  const audit = admin.getByRole("table");
  await expect(audit.getByRole("row").filter({ hasText: bannedEmail })).toContainText("banned: Posting spam");
  await expect(audit.getByRole("row").filter({ hasText: promotedEmail })).toContainText("set role: instructor");
  await expect(audit.getByRole("row").filter({ hasText: "ADMIN_EMAILS" })).toContainText(E2E_ADMIN_EMAIL);
});

test("an instructor invite made by an admin makes a confirmed student an instructor", async ({ browser }) => {
  await admin.goto("/admin");
  await admin.getByRole("button", { name: "Create instructor invite" }).click();
  const link = await admin.getByLabel(/Invite link/).inputValue();
  expect(link).toMatch(/\/invite\//);

  const teacher = await signedUpAndConfirmed(browser, "Teacher", uniqueEmail("teacher"));
  await teacher.goto(link);
  await teacher.getByRole("button", { name: "Accept the invite" }).click();
  await expect(teacher.getByRole("main").getByRole("status")).toHaveText("You are now an instructor.");
  await teacher.goto("/account");
  await expect(teacher.getByRole("region", { name: "Profile" })).toContainText("instructor");

  const late = await signedUpAndConfirmed(browser, "Late", uniqueEmail("late"));
  await late.goto(link);
  await late.getByRole("button", { name: "Accept the invite" }).click();
  await expect(late.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
});

for (const theme of ["dark", "light"] as const) {
  test(`axe finds no WCAG 2.2 AA violation on the admin page, the 403 page and an invite, in the ${theme} theme`, async ({ browser }) => {
    const context = admin.context();
    await context.addInitScript((chosen) => localStorage.setItem("theme", chosen), theme);
    const student = await (await browser.newContext({ extraHTTPHeaders: ownAddress() })).newPage();
    await student.addInitScript((chosen) => localStorage.setItem("theme", chosen), theme);
    await signUp(student, "Axe", uniqueEmail("axe-student"));

    await admin.goto("/admin");
    await admin.getByRole("button", { name: "Create instructor invite" }).click();
    const link = await admin.getByLabel(/Invite link/).inputValue();
    await student.goto(link);
    await student.goto("/admin");
    for (const [page, state] of [[admin, "admin page"], [student, "403 page"]] as const) {
      for (const size of [{ width: 1400, height: 900 }, { width: 360, height: 780 }]) {
        await page.setViewportSize(size);
        expect.soft((await axeViolations(page)).violations, `${state} at ${size.width}`).toEqual([]);
      }
    }
    await student.goto(link);
    await expect(student.getByRole("main").getByRole("alert")).toContainText("Confirm your email");
    expect.soft((await axeViolations(student)).violations, "invite, unconfirmed").toEqual([]);
  });
}
