import { defineConfig, devices } from "@playwright/test";

import { E2E_ADMIN_EMAIL, HOSTED_PORT, MAIL_INBOX_PORT, MODEL_PORT, PORT, SMTP_PORT } from "./tests/e2e/ports";

// What both app servers share: the test mail server, the admin address, a client address per test (tests/e2e/test.ts).
const appEnv = { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, ADMIN_EMAILS: E2E_ADMIN_EMAIL, TRUSTED_PROXY_HEADER: "x-forwarded-for" };

export default defineConfig({
  testDir: "tests/e2e",
  // One server with one embedded database: run specs one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Recording a trace of every test costs a fifth of the suite's time on two cores, and CI keeps only what it
    // prints (each failure's error context), so traces are recorded where someone can open them: locally.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `npx tsx tests/support/mail-server.ts --smtp ${SMTP_PORT} --http ${MAIL_INBOX_PORT}`,
      url: `http://127.0.0.1:${MAIL_INBOX_PORT}/messages`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "node scripts/production-server.mjs --reuse-build",
      url: `http://localhost:${PORT}`,
      // Specs that sign up many accounts give each browser context an address of its own (ownAddress in
      // tests/e2e/pages.ts) so the per-address sign-up limit counts them apart; the rest share one, as before.
      env: { PORT: String(PORT), ...appEnv },
      reuseExistingServer: false,
      // SIGTERM lets the server remove its data folder; Playwright falls back to SIGKILL after the timeout.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      timeout: 600_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `npx tsx tests/support/openai-compatible-server.ts --port ${MODEL_PORT}`,
      url: `http://127.0.0.1:${MODEL_PORT}/requests`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The same build with a model (personalise.spec.ts); production-server.mjs gives it a data folder of its own.
      command: "node scripts/production-server.mjs --reuse-build",
      url: `http://localhost:${HOSTED_PORT}`,
      env: { PORT: String(HOSTED_PORT), ...appEnv, OPENAI_BASE_URL: `http://127.0.0.1:${MODEL_PORT}/v1`, OPENAI_API_KEY: "test-key", OPENAI_MODEL: "local-test-model" },
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      timeout: 600_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
