import { expect, test } from "./test";
import { askTutor as ask, axeViolations, expectTypesetSubscript, signUp, tutorPanel as panel, uniqueEmail } from "./pages";

test("a guest asks, gets a streamed cited answer, signs up and keeps the conversation", async ({ page }) => {
  await page.goto("/learn/ros2/architecture-dds-qos");
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await expect(panel(page).getByRole("list", { name: "Suggested questions" }).getByRole("button")).toHaveCount(3);
  await expect(panel(page).getByText(/Sign up.*to keep your history/)).toBeVisible();

  const answer = await ask(page, "How does transient local durability help a late-joining subscriber?");
  await expect(answer).toContainText("Offline tutor");
  const citation = answer.getByRole("list", { name: "Sources" }).getByRole("link").first();
  const href = await citation.getAttribute("href");
  expect(href).toMatch(/^\/learn\/[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9-]+$/);
  await citation.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[#/]/g, "\\$&")}$`));
  await expect(page.locator(`[id="${href!.split("#")[1]}"]`)).toBeInViewport();

  await signUp(page, "Former Guest", uniqueEmail("guest"));
  await page.getByRole("link", { name: "Skip for now" }).click();
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await panel(page).getByRole("button", { name: "History" }).click();
  await expect(panel(page).getByRole("list", { name: "Your conversations" }).getByText(/transient local durability/)).toBeVisible();
});

test("selected text can be asked about, and the answer stays within it", async ({ page }) => {
  await page.goto("/learn/humanoid/bipedal-locomotion-balance");
  const paragraph = page.locator(".prose-book p").filter({ hasText: /zero moment point/i }).first();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.selectText();
  await page.getByRole("button", { name: "Ask about this" }).click();
  await expect(panel(page).getByText(/zero moment point/i).first()).toBeVisible();
  const answer = await ask(page, "What is the zero moment point?");
  await expect(answer).toContainText("[1]");
  await expect(answer.getByRole("list", { name: "Sources" }).getByRole("link")).toHaveCount(1);
});

test("history survives a reload; conversations can be renamed and deleted; others never see them", async ({ page, browser }) => {
  await signUp(page, "History Keeper", uniqueEmail("history"));
  await page.getByRole("link", { name: "Skip for now" }).click();
  await page.goto("/learn/simulation/ros-gz-bridge");
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await ask(page, "How do I bridge a Gazebo topic to ROS 2 with parameter_bridge?");

  await page.reload();
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await panel(page).getByRole("button", { name: "History" }).click();
  const list = panel(page).getByRole("list", { name: "Your conversations" });
  await expect(list.getByText(/bridge a Gazebo topic/)).toBeVisible();
  await list.getByRole("button", { name: /bridge a Gazebo topic/ }).first().click();
  await expect(panel(page).getByRole("article", { name: "Tutor answer" })).toHaveCount(1);

  await panel(page).getByRole("button", { name: "History" }).click();
  await list.getByRole("button", { name: /^Rename/ }).first().click();
  const title = panel(page).getByLabel("Conversation title");
  await title.fill("Bridging notes");
  await title.press("Enter");
  await expect(list.getByText("Bridging notes")).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await panel(page).getByRole("button", { name: "History" }).click();
  await expect(list.getByText("Bridging notes")).toBeVisible();

  const other = await browser.newPage();
  await signUp(other, "Someone Else", uniqueEmail("other"));
  const stranger = await other.request.get("/api/conversations");
  expect(((await stranger.json()) as { conversations: unknown[] }).conversations).toEqual([]);
  await other.close();

  const remove = list.getByRole("button", { name: "Delete “Bridging notes”" });
  // A drawn icon, not an emoji that shows as an empty box where no emoji font is installed.
  await expect(remove.locator("svg")).toBeVisible();
  await expect(remove).toHaveText("");
  page.once("dialog", (dialog) => dialog.accept());
  await remove.click();
  await expect(list.getByText("Bridging notes")).toHaveCount(0);
  await expect(panel(page).getByText("No conversations yet.")).toBeVisible();
});

test("a follow-up leans on the first question", async ({ page }) => {
  await page.goto("/learn/ros2/nodes-topics-services-actions");
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await ask(page, "How do I install ROS 2 Jazzy on Ubuntu 24.04?");
  // "and on Humble?" means nothing alone: the answer must come from the install question.
  const answer = await ask(page, "and on Humble?");
  await expect(answer).not.toContainText(/does not cover/);
  await expect(answer.locator(".chat-code[data-language='bash']").first()).toContainText("ros-humble-desktop");
  await expect(answer.locator(".chat-markdown")).toContainText("/opt/ros/humble");
  await expect(answer.getByRole("list", { name: "Sources" })).toContainText(/Humble/);
});

test("code comes highlighted, maths typeset with KaTeX, and the open panel passes axe in the dark theme", async ({ page }) => {
  await page.goto("/learn/ros2/rclpy-packages");
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", "light");

  const code = await ask(page, "Show me the code for a minimal rclpy publisher");
  // ask() also returns on "does not", which this answer's text contains while it is still streaming.
  await expect(code.getByRole("list", { name: "Sources" })).toBeVisible({ timeout: 20_000 });
  // Markers in the text follow the numbers the server settled on, so each one has its source.
  const listed = await code.getByRole("list", { name: "Sources" }).getByRole("listitem").count();
  const cited = (await code.locator(".chat-markdown > p").allInnerTexts()).flatMap((text) => [...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
  expect(cited.length).toBeGreaterThan(0);
  expect(Math.max(...cited)).toBeLessThanOrEqual(listed);
  const block = code.locator(".chat-code").first();
  await expect(block).toHaveAttribute("data-language", "python");
  await expect(block.locator("pre[data-highlighted] span[style*='--shiki-dark']").first()).toBeVisible();

  const maths = await ask(page, "How is depth computed from stereo disparity?");
  await expect(maths.locator(".katex").first()).toBeVisible();
  await expect(maths.locator(".chat-markdown")).not.toContainText("$");
  await expectTypesetSubscript(maths);

  const { violations, passes } = await axeViolations(page, ".chat-panel");
  expect(violations).toEqual([]);
  expect(passes).toContain("color-contrast");
});

test("thumbs down with a note is saved and survives a reload; a failed save says so", async ({ page }) => {
  await page.goto("/learn/ros2/architecture-dds-qos");
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  const answer = await ask(page, "What does the reliability QoS policy do?");
  const helpful = answer.getByRole("button", { name: "Helpful", exact: true });
  const unhelpful = answer.getByRole("button", { name: "Not helpful" });
  await expect(unhelpful).toHaveAttribute("aria-pressed", "false");

  await page.route("**/api/messages/*/feedback", (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: "The database is busy" }) }),
  );
  await helpful.click();
  await expect(answer.getByRole("alert")).toHaveText("Your feedback was not saved: The database is busy. Try again.");
  await expect(helpful).toHaveAttribute("aria-pressed", "false");
  await page.unroute("**/api/messages/*/feedback");

  await unhelpful.focus();
  await page.keyboard.press("Enter");
  await expect(unhelpful).toHaveAttribute("aria-pressed", "true");
  await expect(answer.getByRole("alert")).toHaveCount(0);
  const note = answer.getByLabel(/What was wrong\?/);
  await expect(note).toBeFocused();
  await page.keyboard.type("It never says what happens to a lost sample.");
  await expect(answer.getByText("44/500")).toBeVisible();
  await answer.getByRole("button", { name: "Send" }).click();
  await expect(answer.getByRole("status")).toHaveText("Thanks for the feedback.");
  await expect(unhelpful).toBeFocused();

  await page.reload();
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await panel(page).getByRole("button", { name: "History" }).click();
  await panel(page).getByRole("list", { name: "Your conversations" }).getByRole("button", { name: /^What does the reliability QoS/ }).click();
  const restored = panel(page).getByRole("article", { name: "Tutor answer" });
  await expect(restored.getByRole("button", { name: "Not helpful" })).toHaveAttribute("aria-pressed", "true");
  await expect(restored.getByRole("button", { name: "Helpful", exact: true })).toHaveAttribute("aria-pressed", "false");
  const { conversations } = (await (await page.request.get("/api/conversations")).json()) as { conversations: { id: string }[] };
  const { messages } = (await (await page.request.get(`/api/conversations/${conversations[0]!.id}`)).json()) as {
    messages: { role: string; metadata?: { feedback?: unknown } }[];
  };
  expect(messages.find((message) => message.role === "assistant")?.metadata?.feedback).toEqual({
    rating: "down",
    note: "It never says what happens to a lost sample.",
  });
});

test("Esc closes the panel and puts focus back on the tutor button", async ({ page }) => {
  await page.goto("/learn/ros2/architecture-dds-qos");
  const launcher = page.getByRole("button", { name: /Ask the tutor/ });
  await launcher.click();
  await expect(panel(page).getByLabel("Your question")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel(page)).toBeHidden();
  await expect(launcher).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel(page).getByLabel("Your question")).toBeFocused();
});

test("a visitor's first question shows it is being sent, and says so if the guest account cannot be made", async ({ page }) => {
  await page.goto("/learn/ros2/architecture-dds-qos");
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/auth/sign-in/anonymous", async (route) => {
    await held;
    await route.fulfill({ status: 429, contentType: "application/json", body: JSON.stringify({ message: "Too many requests. Please try again later." }) });
  });
  await page.getByRole("button", { name: /Ask the tutor/ }).click();
  await panel(page).getByLabel("Your question").fill("What is a QoS profile?");
  await panel(page).getByLabel("Your question").press("Enter");
  await expect(panel(page).getByRole("button", { name: "Sending…" })).toBeDisabled();
  release();
  await expect(panel(page).getByRole("alert")).toContainText("Your question was not sent: Too many requests");
  await expect(panel(page).getByLabel("Your question")).toHaveValue("What is a QoS profile?");

  await page.unroute("**/api/auth/sign-in/anonymous");
  await panel(page).getByRole("button", { name: "Send" }).click();
  await expect(panel(page).getByRole("article", { name: "Tutor answer" }).getByRole("list", { name: "Sources" })).toBeVisible({ timeout: 20_000 });
  await expect(panel(page).getByRole("alert")).toHaveCount(0);
});
