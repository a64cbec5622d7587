import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { linkIn, receivedMail } from "./mail";
import { axeViolations, signIn, signUp, tutorPanel, uniqueEmail } from "./pages";
import { E2E_ADMIN_EMAIL } from "./ports";

// One learner goes through the whole loop, so the suite signs up as few accounts as it can
// (sign-ups are rate limited per address, and every spec shares one).
test.describe.configure({ mode: "serial" });

const CHAPTER = "/learn/ros2/nodes-topics-services-actions";
const TITLE = /Nodes, topics, services/i;
const STUDENT = `Loop Learner ${Date.now()}`;
let student: Page;

test.beforeAll(async ({ browser }) => {
  student = await (await browser.newContext()).newPage();
});

test("a guest's reading and quiz answers are kept, then move to the account made at sign-up", async () => {
  const page = student;
  await page.goto("/progress");
  await expect(page.getByTestId("progress-empty")).toBeVisible();

  await page.goto(CHAPTER);
  const quiz = page.locator('[data-quiz-id="ros2-comms-1"]');
  await expect(quiz).toHaveAccessibleDescription(/Arrow keys/);
  await quiz.getByRole("radio", { name: /^A service, because/ }).check();
  await expect(quiz.getByText("Not quite.")).toBeVisible();
  await expect(quiz.getByRole("link", { name: "Sign up to keep them" })).toBeVisible();
  await page.getByRole("button", { name: "Mark as read" }).click();
  await expect(page.getByTestId("chapter-read")).toBeVisible();
  await expect(page.getByTestId("chapter-score")).toHaveText("0 %");
  const sidebarLink = page.getByRole("navigation", { name: "Book chapters" }).getByRole("link", { name: TITLE });
  await expect(sidebarLink).toContainText("(read)");

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Continue where you left off" })).toBeVisible();

  await signUp(page, STUDENT, uniqueEmail("loop"));
  await page.goto("/progress");
  const row = page.locator(`tr[data-chapter="ros2/nodes-topics-services-actions"]`);
  await expect(row).toContainText("Read");
  await expect(row).toContainText("0 %");
  await expect(page.getByTestId("total-read")).toHaveText(/^1 \//);
});

test("a missed quiz item: the tutor explains the mistake, and the item comes back on /review", async () => {
  const page = student;
  await page.goto(CHAPTER);
  // The answer missed as a guest put the item in review when it moved to the account.
  await expect(page.getByTestId("review-due")).toContainText("1");
  const quiz = page.locator('[data-quiz-id="ros2-comms-1"]');
  await expect(quiz).toHaveAccessibleDescription(/Arrow keys/);
  await quiz.getByRole("radio", { name: /^A service, because/ }).check();
  await expect(quiz.getByRole("link", { name: "Sign up to keep them" })).toHaveCount(0);

  await quiz.getByRole("button", { name: "Explain my mistake" }).click();
  const panel = tutorPanel(page);
  await expect(panel.getByLabel("Your question")).toHaveValue(/^Explain my mistake/);
  await panel.getByRole("button", { name: "Send" }).click();
  const answer = panel.getByRole("article", { name: "Tutor answer" }).last();
  await expect(answer.getByRole("list", { name: "Sources" })).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press("Escape");

  await page.getByTestId("review-due").click();
  await expect(page).toHaveURL(/\/review$/);
  const item = page.locator('[data-quiz-id="ros2-comms-1"]');
  await item.getByRole("radio", { name: /^An action: goal, feedback/ }).check();
  await expect(item.getByText("Correct!")).toBeVisible();
  await expect(item.getByText(/^Next review:/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("review-empty")).toBeVisible();
});

/** The admin of the server under test (ADMIN_EMAILS), signed in; signed up and confirmed first if no spec has yet. */
async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await signIn(page, E2E_ADMIN_EMAIL);
  const signedIn = await page
    .waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!signedIn) {
    await signUp(page, "Head", E2E_ADMIN_EMAIL);
    await page.goto(linkIn(await receivedMail(E2E_ADMIN_EMAIL)));
    await expect(page).toHaveURL(/\/onboarding/);
  }
  return page;
}

test("an instructor's class: the student joins by link, and /teach shows their reading, their wrong answer and what they asked", async ({ browser }) => {
  const teacher = await adminPage(browser);
  await teacher.goto("/teach");
  await teacher.getByLabel("Name").fill("Humanoids E2E");
  await teacher.getByLabel("Term").fill("Spring 2027");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await teacher.getByRole("link", { name: /Humanoids E2E/ }).first().click();
  const joinLink = await teacher.getByTestId("join-link").inputValue();
  expect((await axeViolations(teacher)).violations).toEqual([]);

  await student.goto(joinLink);
  await student.getByRole("button", { name: "Join the class" }).click();
  await expect(student.getByText("You joined the class.")).toBeVisible();
  await student.goto("/account");
  await expect(student.getByRole("button", { name: "Leave Humanoids E2E" })).toBeVisible();

  await teacher.reload();
  const row = teacher.locator(`tr[data-student="${STUDENT}"]`);
  await expect(row).toBeVisible();
  await expect(teacher.locator('tr[data-quiz-item="ros2-comms-1"]')).toContainText("A service, because");
  await expect(teacher.locator('[data-section^="/learn/ros2/nodes-topics-services-actions"]').first()).toBeVisible();
  await row.getByRole("link", { name: STUDENT }).click();
  await expect(teacher.locator('tr[data-chapter="ros2/nodes-topics-services-actions"]')).toContainText("Read");
  await expect(teacher).toHaveTitle(/Student progress/);
  expect((await axeViolations(teacher)).violations).toEqual([]);
});
