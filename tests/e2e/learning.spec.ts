import { expect, test } from "@playwright/test";
import { signUp, tutorPanel, uniqueEmail } from "./pages";

const CHAPTER = "/learn/ros2/nodes-topics-services-actions";
const TITLE = /Nodes, topics, services/i;

test("a guest's reading and quiz answers are kept, then move to the account made at sign-up", async ({ page }) => {
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

  await signUp(page, "Progress Reader", uniqueEmail("progress"));
  await page.goto("/progress");
  const row = page.locator(`tr[data-chapter="ros2/nodes-topics-services-actions"]`);
  await expect(row).toContainText("Read");
  await expect(row).toContainText("0 %");
  await expect(page.getByTestId("total-read")).toHaveText(/^1 \//);
});

test("a missed quiz item: the tutor explains the mistake, and the item comes back on /review", async ({ page }) => {
  await signUp(page, "Review Reader", uniqueEmail("review"));
  await page.goto(CHAPTER);
  const quiz = page.locator('[data-quiz-id="ros2-comms-1"]');
  await expect(quiz).toHaveAccessibleDescription(/Arrow keys/);
  await quiz.getByRole("radio", { name: /^A service, because/ }).check();
  await expect(page.getByTestId("review-due")).toContainText("1");

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
