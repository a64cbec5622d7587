import { expect, test } from "./test";
import { TOTP } from "otpauth";
import { linkIn, receivedMail } from "./mail";
import { PASSWORD, ownAddress, signIn, signUp, uniqueEmail } from "./pages";

// This file signs up more accounts a minute than one address may: its own address, apart from other specs.
test.use({ extraHTTPHeaders: ownAddress() });

const banner = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Confirm your email" });

test("sign up → verification mail → verify → banner gone", async ({ page }) => {
  const email = uniqueEmail("verify");
  await signUp(page, "Vera", email);
  await expect(banner(page)).toContainText(email);

  await banner(page).getByRole("button", { name: "Resend the link" }).click();
  await expect(banner(page).getByRole("status")).toHaveText(/Sent/);
  const mail = await receivedMail(email, 1);
  expect(mail.subject).toContain("Confirm your email");

  await page.goto(linkIn(mail));
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText("(confirmed)")).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test("forgot password → mail → new password → old password refused and the other session ended", async ({ page, browser }) => {
  const email = uniqueEmail("forgot");
  await signUp(page, "Forgetful", email);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  const other = await browser.newContext({ extraHTTPHeaders: ownAddress() });
  const phone = await other.newPage();
  await phone.goto("/sign-in");
  await phone.getByRole("link", { name: "Forgot password?" }).click();
  await expect(phone.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await phone.getByLabel("Email").fill(email);
  await phone.getByRole("button", { name: "Send reset link" }).click();
  await expect(phone.getByRole("main").getByRole("status")).toContainText("If " + email);

  const mail = await receivedMail(email, 1);
  expect(mail.subject).toContain("Reset your password");
  await phone.goto(linkIn(mail));
  await expect(phone).toHaveURL(/\/reset-password\?token=/);
  await phone.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await phone.getByLabel("New password, again").fill("a-brand-new-password");
  await phone.getByRole("button", { name: "Set new password" }).click();
  await expect(phone.getByRole("main").getByRole("status")).toContainText("Your password has been changed");

  // The link works once.
  await phone.goto(linkIn(mail));
  await expect(phone.getByRole("main").getByRole("alert")).toContainText("expired or was already used");

  await phone.goto("/sign-in");
  await signIn(phone, email, PASSWORD);
  await expect(phone.getByRole("main").getByRole("alert")).toContainText("Wrong email or password");
  await signIn(phone, email, "a-brand-new-password");
  await expect(phone).not.toHaveURL(/sign-in/);
  await other.close();

  // The first browser's session ended with the reset.
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("magic-link sign-in from the sign-in page", async ({ page, browser }) => {
  const email = uniqueEmail("magic");
  const first = await browser.newContext({ extraHTTPHeaders: ownAddress() });
  await signUp(await first.newPage(), "Magic", email);
  await first.close();

  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("button", { name: "Send me a sign-in link" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("a sign-in link is on its way");
  const mail = await receivedMail(email, 1);
  expect(mail.subject).toContain("Your sign-in link");
  await page.goto(linkIn(mail));
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  // Used once, the link signs nobody in again.
  const again = await browser.newContext({ extraHTTPHeaders: ownAddress() });
  const stranger = await again.newPage();
  await stranger.goto(linkIn(mail));
  await expect(stranger.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
  await again.close();
});

test("change password and email on /account", async ({ page }) => {
  const email = uniqueEmail("changer");
  await signUp(page, "Changer", email);
  await page.goto("/account");
  const password = page.getByRole("form", { name: "Change password" });
  await password.getByLabel("Current password").fill(PASSWORD);
  await password.getByLabel("New password").fill("changed-password-1");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByRole("status")).toHaveText("Password changed.");

  const newEmail = uniqueEmail("changed");
  const change = page.getByRole("form", { name: "Change email" });
  await change.getByLabel("New email").fill(newEmail);
  await change.getByRole("button", { name: "Change email" }).click();
  await expect(change.getByRole("status")).toContainText(`We sent a link to ${newEmail}`);
  await page.goto(linkIn(await receivedMail(newEmail)));
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Profile" })).toContainText(newEmail);
});

test("enable 2FA → sign out → sign in needs the code → a backup code works once", async ({ page }) => {
  const email = uniqueEmail("two-factor");
  await signUp(page, "Careful", email);
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  await section.getByRole("button", { name: "Turn on two-factor" }).click();
  await section.getByLabel("Confirm with your password").fill(PASSWORD);
  await section.getByRole("button", { name: "Continue" }).click();
  await expect(section.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const totp = new TOTP({ secret: (await section.getByTestId("totp-secret").textContent())!.trim() });
  await section.getByLabel("Code from the app").fill(totp.generate());
  await section.getByRole("button", { name: "Turn on" }).click();
  const backupCodes = section.getByRole("list", { name: "Backup codes" }).getByRole("listitem");
  await expect(backupCodes.first()).toBeVisible();
  const codes = await backupCodes.allTextContents();
  expect(codes.length).toBeGreaterThanOrEqual(8);
  await section.getByRole("button", { name: "I have saved them" }).click();
  await expect(section.getByRole("status")).toContainText("is on");

  const signOutAndIn = async () => {
    await page.context().clearCookies();
    await page.goto("/sign-in");
    await signIn(page, email);
    await expect(page).toHaveURL(/\/two-factor/);
  };
  await signOutAndIn();
  await page.getByLabel("Code from your authenticator app").fill(totp.generate());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).not.toHaveURL(/two-factor|sign-in/);

  await signOutAndIn();
  await page.getByRole("button", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(codes[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).not.toHaveURL(/two-factor|sign-in/);

  await signOutAndIn();
  await page.getByRole("button", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(codes[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("backup code is not right, or was already used");
});

test("register a passkey with a virtual authenticator → sign in with it", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  const email = uniqueEmail("passkey");
  await signUp(page, "Keyholder", email);
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Passkeys" });
  await section.getByLabel("Name for the new passkey").fill("Test laptop");
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(section.getByRole("status")).toHaveText("Passkey “Test laptop” added.");
  await expect(section.getByRole("list", { name: "Passkeys" })).toContainText("Test laptop");

  await section.getByRole("button", { name: "Rename Test laptop" }).click();
  await section.getByLabel("New name").fill("Work laptop");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("list", { name: "Passkeys" })).toContainText("Work laptop");

  await page.context().clearCookies();
  await page.goto("/sign-in?next=/account");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("region", { name: "Profile" })).toContainText(email);

  await page.getByRole("region", { name: "Passkeys" }).getByRole("button", { name: "Remove Work laptop" }).click();
  await expect(page.getByRole("region", { name: "Passkeys" })).toContainText("No passkeys yet");
});
