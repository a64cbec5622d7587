import { expect, test } from "./test";
import { choose, openAccountMenu, PASSWORD, question, signIn, signUp, uniqueEmail } from "./pages";

test("a new learner signs up, answers every step, edits an answer and signs back in", async ({ page }) => {
  const email = uniqueEmail("ada");
  await signUp(page, "Ada Lovelace", email);

  await expect(page.getByText(/^12 quick questions in 4 short steps/)).toBeVisible();
  await expect(page.getByText("Step 1 of 4")).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip for now" })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Choose one option.").first()).toBeVisible();

  await choose(page, "Programming experience", "Intermediate");
  // Keyboard: focus the first Python option and move with the arrow keys.
  await question(page, "Python").getByRole("radio", { name: "None" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(question(page, "Python").getByRole("radio", { name: "Advanced" })).toBeChecked();
  await choose(page, "C++", "Beginner");
  await page.getByRole("button", { name: "Next" }).click();

  await expect(page.getByText("Step 2 of 4")).toBeVisible();
  await choose(page, "ROS / ROS 2", "ROS 2 tutorials / basics");
  await choose(page, "Linux command line", "Intermediate");
  await choose(page, "AI / machine learning", "Beginner");
  await page.keyboard.press("Enter");

  await expect(page.getByText("Step 3 of 4")).toBeVisible();
  await choose(page, "GPU available", "RTX workstation");
  await choose(page, "NVIDIA Jetson", "Jetson Orin Nano");
  await choose(page, "Sensors you own (pick any)", "Depth camera (e.g. RealSense)");
  await choose(page, "Sensors you own (pick any)", "IMU");
  await choose(page, "Robot access", "Simulation only");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByText("Step 2 of 4")).toBeVisible();
  await expect(question(page, "Linux command line").getByRole("radio", { name: "Intermediate" })).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(question(page, "GPU available").getByRole("radio", { name: "RTX workstation" })).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();

  await expect(page.getByText("Step 4 of 4")).toBeVisible();
  await choose(page, "Why are you taking the course? (pick any)", "Research");
  await choose(page, "Hours per week", "3–6 hours");
  await page.getByLabel(/Anything else/).fill("Walking robots, please.");
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel("Onboarding not finished")).toHaveCount(0);

  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Profile" })).toContainText(email);
  await expect(question(page, "GPU available").getByRole("radio", { name: "RTX workstation" })).toBeChecked();
  await expect(question(page, "NVIDIA Jetson").getByRole("radio", { name: "Jetson Orin Nano" })).toBeChecked();
  await expect(question(page, "Sensors you own (pick any)").getByRole("checkbox", { name: "IMU" })).toBeChecked();
  await expect(question(page, "Sensors you own (pick any)").getByRole("checkbox", { name: "LiDAR" })).not.toBeChecked();
  await expect(page.getByLabel(/Anything else/)).toHaveValue("Walking robots, please.");

  await choose(page, "GPU available", "Cloud GPU");
  await page.getByRole("button", { name: "Save background" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(question(page, "GPU available").getByRole("radio", { name: "Cloud GPU" })).toBeChecked();
  await expect(page.getByRole("list", { name: "Active sessions" }).getByText("This device")).toBeVisible();

  await openAccountMenu(page, "Ada Lovelace");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(question(page, "GPU available").getByRole("radio", { name: "Cloud GPU" })).toBeChecked();
});

test("a learner who skips onboarding gets a dismissible reminder", async ({ page }) => {
  await signUp(page, "Grace Hopper", uniqueEmail("grace"));
  await page.getByRole("link", { name: "Skip for now" }).click();
  await expect(page).toHaveURL(/\/$/);

  await expect(page.getByLabel("Onboarding not finished")).toBeVisible();
  await openAccountMenu(page, "Grace Hopper");
  await expect(page.getByRole("link", { name: "Finish onboarding" })).toBeVisible();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByLabel("Onboarding not finished")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "Grace Hopper" })).toBeVisible();
  await expect(page.getByLabel("Onboarding not finished")).toHaveCount(0);

  await page.goto("/account");
  await expect(page.getByText("You skipped the questionnaire.")).toBeVisible();
});

test("signed-out visitors are sent to sign in and brought back to onboarding", async ({ page }) => {
  await page.goto("/onboarding");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fonboarding/);
  await expect(page.getByRole("button", { name: /Continue with/ })).toHaveCount(0);
});

test("sign-in and sign-up explain what went wrong", async ({ page }) => {
  const email = uniqueEmail("taken");
  await signUp(page, "Taken Name", email);
  await openAccountMenu(page, "Taken Name");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/already registered/)).toBeVisible();

  await page.goto("/sign-in");
  await signIn(page, email, "not-the-password");
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
});

test("a learner exports their data and deletes their account", async ({ page }) => {
  const email = uniqueEmail("leaving");
  await signUp(page, "Leaving Learner", email);
  await page.getByRole("link", { name: "Skip for now" }).click();
  await page.goto("/account");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export my data" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const data = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { profile: { email: string } };
  expect(data.profile.email).toBe(email);

  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.getByLabel("Confirm with your password").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await expect(page).toHaveURL(/\/\?deleted=1/);
  await expect(page.getByText("Your account and all its data have been deleted.")).toBeVisible();

  await page.goto("/sign-in");
  await signIn(page, email);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
});
