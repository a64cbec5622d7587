// `npm test`: the checks (type-check, lint, content check, the book's Python programs, the capstone kit, tutor index,
// two at a time), Vitest (unit + integration), the production build, then Playwright and the tutor's answer
// evaluation side by side on that one build (each serves it on its own port with its own database). Stops at the
// first failing step and ends with one summary line.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "textbook-test-"));
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");
const npmRun = (script) => ["npm", "run", "-s", script];

const steps = [
  {
    name: "checks",
    // Small and mostly single-threaded: two at a time keep both cores busy. Each prints its output when it ends.
    limit: 2,
    commands: [
      { name: "the book's Python programs (content:test-code; skipped without python3 + numpy)", cmd: npmRun("content:test-code"), quiet: true },
      { name: "type-check", cmd: npmRun("typecheck"), quiet: true },
      { name: "lint", cmd: npmRun("lint"), quiet: true },
      { name: "content check", cmd: npmRun("content:check"), quiet: true },
      { name: "capstone starter kit (content:kit; skipped without python3 + PyYAML)", cmd: npmRun("content:kit"), quiet: true },
      { name: "tutor index", cmd: npmRun("index"), quiet: true },
    ],
  },
  {
    name: "unit + integration tests (Vitest)",
    commands: [{ cmd: ["npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`] }],
  },
  { name: "production build", commands: [{ cmd: ["npx", "next", "build"] }] },
  {
    name: "end-to-end tests (Playwright) + tutor answers (eval:answers, floor 85 %)",
    commands: [
      { name: "end-to-end tests (Playwright)", cmd: ["npx", "playwright", "test", "--reporter=list,json"], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport } },
      { name: "tutor answers (eval:answers)", cmd: ["node", "scripts/eval-answers.mjs", "--no-build", "--floor", "0.85"], quiet: true },
    ],
  },
];

const timings = [];

/** Runs one command; a quiet one prints its output, under its name, once it ends. Resolves with its exit status. */
function run({ name, cmd, env, quiet }) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd[0], cmd.slice(1), { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, ...env } });
    let output = "";
    child.stdout?.on("data", (data) => (output += data));
    child.stderr?.on("data", (data) => (output += data));
    child.on("exit", (code) => {
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      if (name) timings.push(`${name}: ${seconds}s`);
      if (quiet) process.stdout.write(`\n${name ? `── ${name} (${seconds}s${code ? `, exit ${code}` : ""})\n` : ""}${output}`);
      resolve(code ?? 1);
    });
  });
}

/** Runs commands, at most `limit` at once; resolves with the first non-zero exit status (or 0). */
async function runParallel(commands, limit = commands.length) {
  const queue = [...commands];
  const codes = [];
  const lane = async () => {
    for (let command = queue.shift(); command; command = queue.shift()) codes.push(await run(command));
  };
  await Promise.all(Array.from({ length: limit }, lane));
  return codes.find((code) => code !== 0) ?? 0;
}

const started = Date.now();
let failedStep = null;
for (const [index, step] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${step.name}`);
  const t0 = Date.now();
  // A step of one command is timed under the step's name; a step of several, each by its own and in all.
  const alone = step.commands.length === 1;
  const status = await runParallel(alone ? [{ name: step.name, ...step.commands[0] }] : step.commands, step.limit);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (!alone) timings.push(`${step.name} in all: ${seconds}s`);
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
