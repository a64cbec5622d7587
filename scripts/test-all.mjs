// `npm test`: type-check, lint, content check, the book's Python programs, the capstone kit, tutor index, Vitest (unit + integration), production build,
// then Playwright and the tutor's answer evaluation side by side on that one build (each serves it on its
// own port with its own database). Stops at the first failing step and ends with one summary line.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "textbook-test-"));
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");

const steps = [
  { name: "type-check", cmd: ["npm", "run", "-s", "typecheck"] },
  { name: "lint", cmd: ["npm", "run", "-s", "lint"] },
  { name: "content check", cmd: ["npm", "run", "-s", "content:check"] },
  { name: "the book's Python programs (content:test-code; skipped without python3 + numpy)", cmd: ["npm", "run", "-s", "content:test-code"] },
  { name: "capstone starter kit (content:kit; skipped without python3 + PyYAML)", cmd: ["npm", "run", "-s", "content:kit"] },
  { name: "tutor index", cmd: ["npm", "run", "-s", "index"] },
  {
    name: "unit + integration tests (Vitest)",
    cmd: ["npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  },
  { name: "production build", cmd: ["npx", "next", "build"] },
  {
    name: "end-to-end tests (Playwright) + tutor answers (eval:answers, floor 85 %)",
    parallel: [
      { cmd: ["npx", "playwright", "test", "--reporter=list,json"], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport } },
      { cmd: ["node", "scripts/eval-answers.mjs", "--no-build", "--floor", "0.85"], quiet: true },
    ],
  },
];

/** Runs commands at once; resolves with the first non-zero exit status (or 0). Quiet ones print only at the end. */
function runParallel(commands) {
  return Promise.all(
    commands.map(
      ({ cmd, env, quiet }) =>
        new Promise((resolve) => {
          const child = spawn(cmd[0], cmd.slice(1), { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, ...env } });
          let output = "";
          child.stdout?.on("data", (data) => (output += data));
          child.stderr?.on("data", (data) => (output += data));
          child.on("exit", (code) => {
            if (quiet) process.stdout.write(`\n${output}`);
            resolve(code ?? 1);
          });
        }),
    ),
  ).then((codes) => codes.find((code) => code !== 0) ?? 0);
}

const started = Date.now();
const timings = [];
let failedStep = null;
for (const [index, step] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${step.name}`);
  const t0 = Date.now();
  const status = step.parallel
    ? await runParallel(step.parallel)
    : spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: "inherit", env: { ...process.env, ...step.env } }).status;
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push(`${step.name}: ${seconds}s`);
  if (status !== 0) {
    failedStep = step.name;
    console.error(`✖ ${step.name} failed after ${seconds}s`);
    break;
  }
  console.log(`✔ ${step.name} (${seconds}s)`);
}

const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null);
const vitest = readJson(vitestReport);
const playwright = readJson(playwrightReport);
const e2ePassed = (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const passed = (vitest?.numPassedTests ?? 0) + e2ePassed;
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (failedStep && !vitest?.numFailedTests && !playwright?.stats?.unexpected ? 1 : 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);

console.log(`\n${timings.join(" · ")}`);
console.log(`Total ${((Date.now() - started) / 1000).toFixed(1)}s${failedStep ? ` — stopped at: ${failedStep}` : ""}`);
console.log(
  `Vitest: ${vitest?.numPassedTests ?? 0} passed · Playwright: ${e2ePassed} passed` +
    (playwright?.stats?.flaky ? ` (${playwright.stats.flaky} only on a retry)` : ""),
);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
fs.rmSync(reports, { recursive: true, force: true });
process.exit(failedStep ? 1 : 0);
