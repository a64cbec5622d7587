// `npm run bench:dev`: the instructors' loop. Brings the tutor's index up to
// date (untimed: the target assumes it is built), then starts `npm run dev`
// cold (without Turbopack's dev cache; --warm keeps it) on a port and data
// folder of its own and times the first chapter. Then saves that chapter 10
// times, each time with a new marker word, and times each save until the page
// the server renders shows it. The chapter file is restored afterwards, also
// on failure or Ctrl-C.
//
//   node scripts/bench-dev.mjs [--port 3113] [--chapter ros2/tf2-and-rviz] [--warm]
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { percentile, sleep } from "./bench-support.mjs";

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
};
const PORT = Number(option("port", process.env.BENCH_PORT ?? 3113));
const CHAPTER = option("chapter", "ros2/tf2-and-rviz");
const WARM = process.argv.includes("--warm");
const EDITS = 10;
const START_TIMEOUT_MS = 600_000;
const EDIT_TIMEOUT_MS = 120_000;

const base = `http://localhost:${PORT}`;
const chapterUrl = `${base}/learn/${CHAPTER}`;
const file = path.join("content", `${CHAPTER}.mdx`);
const original = fs.readFileSync(file, "utf8");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-dev-data-"));
let server;

/** Puts the chapter back and stops the server: on every way out. */
function cleanUp() {
  if (fs.readFileSync(file, "utf8") !== original) fs.writeFileSync(file, original);
  if (server?.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function fetchText(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(EDIT_TIMEOUT_MS) });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: "" };
  }
}

/** Requests `url` one request at a time until `done` accepts the response; ms from `since`. */
async function pollUntil(url, done, since, timeout) {
  for (;;) {
    const response = await fetchText(url);
    if (done(response)) return performance.now() - since;
    if (performance.now() - since > timeout) throw new Error(`${url}: not as expected after ${seconds(timeout)} (HTTP ${response.status})`);
    if (server.exitCode !== null) throw new Error("the dev server stopped");
    await sleep(response.status === 0 ? 250 : 50);
  }
}

console.log(`bench:dev on ${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(" ")} (shared machine: figures are noisy)`);

let started = performance.now();
const index = spawnSync("npm", ["run", "-s", "index", "--", "--dev"], { stdio: ["ignore", "ignore", "inherit"] });
if (index.status !== 0) process.exit(index.status ?? 1);
console.log(`tutor index up to date (untimed): ${seconds(performance.now() - started)}`);

if (!WARM) fs.rmSync(path.join(".next", "dev"), { recursive: true, force: true });
started = performance.now();
server = spawn("npm", ["run", "dev", "--", "--port", String(PORT)], {
  env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
let log = "";
let readyAt;
for (const stream of [server.stdout, server.stderr]) {
  stream.on("data", (chunk) => {
    log += chunk;
    if (readyAt === undefined && /Ready in/.test(log)) readyAt = performance.now() - started;
  });
}

try {
  const firstChapter = await pollUntil(chapterUrl, ({ status }) => status === 200, started, START_TIMEOUT_MS);
  console.log(`cold start (${WARM ? "with" : "without"} Turbopack's dev cache), npm run dev → `);
  console.log(`  server ready:    ${seconds(readyAt ?? NaN)}`);
  console.log(`  first chapter:   ${seconds(firstChapter)}  (/learn/${CHAPTER}; target ≤ 20 s)`);
  const second = performance.now();
  await pollUntil(chapterUrl, ({ status }) => status === 200, second, START_TIMEOUT_MS);
  console.log(`  chapter again:   ${seconds(performance.now() - second)}`);

  const times = [];
  for (let i = 1; i <= EDITS; i++) {
    const marker = `benchmarker${i}x${Date.now().toString(36)}`;
    const saved = performance.now();
    fs.writeFileSync(file, `${original.trimEnd()}\n\nEdited: ${marker}.\n`);
    times.push(await pollUntil(chapterUrl, ({ status, text }) => status === 200 && text.includes(marker), saved, EDIT_TIMEOUT_MS));
    await sleep(200);
  }
  console.log(`edit → visible, ${EDITS} saves of ${file}:`);
  console.log(`  p50 ${seconds(percentile(times, 50))}, min ${seconds(Math.min(...times))}, max ${seconds(Math.max(...times))}  (target ≤ 2 s)`);
  console.log(`  each: ${times.map((t) => (t / 1000).toFixed(2)).join(" ")}`);
  // Next's own split of each request's time (compiling, generateStaticParams, rendering), for finding where it goes.
  console.log("dev server's timings of the chapter requests:");
  for (const line of log.match(/^.*GET \/learn\/.* in .*$/gm) ?? []) console.log(`  ${line.trim()}`);
} catch (error) {
  console.error(`bench:dev failed: ${error.message}\n--- dev server output ---\n${log.slice(-4000)}`);
  process.exitCode = 1;
} finally {
  cleanUp();
}
