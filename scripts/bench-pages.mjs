// `npm run bench:pages`: builds the app, then for each route prints the gzip
// size of the JavaScript a modern browser downloads on a first visit (the
// scripts the server-rendered HTML loads, noModule ones excluded), the
// difference to the lightest route, and the p50 time-to-first-byte and
// largest-contentful-paint over 10 loads in headless Chromium. Then, on a
// chapter, the gzip size of the JavaScript the tutor panel downloads when it
// opens, then with a first answer, an answer with code and one with maths,
// and the size of the search index the search dialog fetches on first use. Then the
// runnable Python cells and live simulations: how much of a chapter's first-visit
// JavaScript is theirs (they load on use, so only their small buttons), the bytes
// and time of a cell's first Run (Pyodide from the app, cold cache) and of a second
// Run, the JavaScript each simulation fetches when it scrolls into view, and the
// MuJoCo scene's download and frame rate. The Urdu book's chapters are measured beside
// their English pages (JS within 10 %), and each route's font downloads, to show that only
// Urdu pages fetch the Nastaliq font.
import fs from "node:fs";
import zlib from "node:zlib";
import { chromium } from "playwright";
import { median } from "./bench-support.mjs";
import { startProductionServer } from "./production-server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const LOADS = 10;
const ROUTES = [
  "/",
  "/learn",
  "/sign-in",
  "/learn/ros2",
  "/learn/ros2/architecture-dds-qos",
  "/learn/humanoid/kinematics-and-dynamics",
  "/learn/capstone/glossary",
  "/learn/humanoid/bipedal-locomotion-balance",
  "/learn/foundations/hardware-and-lab-setup",
  "/ur",
  "/ur/learn/ros2/architecture-dds-qos",
  "/ur/learn/humanoid/kinematics-and-dynamics",
];
// Chapters with runnable cells and live simulations, and one with neither (for comparison).
const CELL_CHAPTER = "/learn/foundations/hardware-and-lab-setup";
const CELL_FILE = "latency_trap.py";
const SIMULATIONS = [
  ["/learn/humanoid/kinematics-and-dynamics", /Two-link leg/],
  ["/learn/humanoid/humanoid-control", /PID on the gravity-loaded joint/],
  ["/learn/humanoid/bipedal-locomotion-balance", /Push the walking pendulum/],
  ["/learn/humanoid/manipulation-grasping", /Friction cones/],
];

// The file app/(ur)/layout.tsx serves, as the font package ships it: recognised among a page's downloads by its bytes.
const NASTALIQ = fs.readFileSync("node_modules/@fontsource-variable/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-wght-normal.woff2");

const { base: BASE, stop } = await startProductionServer({ port: PORT, name: "bench-pages" });

const gzipCache = new Map();
async function gzipSize(url) {
  if (!gzipCache.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    gzipCache.set(url, zlib.gzipSync(body, { level: 9 }).length);
  }
  return gzipCache.get(url);
}

async function firstVisitJs(route) {
  const html = await (await fetch(BASE + route)).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map(([, attributes]) => attributes)
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter(Boolean);
  const unique = [...new Set(scripts)].map((src) => new URL(src.replaceAll("&amp;", "&"), BASE).toString());
  const sizes = await Promise.all(unique.map(gzipSize));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: unique.length };
}

/** The font files a first visit downloads: their total bytes and those of the Nastaliq file. */
async function fontBytes(urls) {
  let total = 0;
  let nastaliq = 0;
  for (const url of new Set(urls)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    total += body.length;
    if (body.equals(NASTALIQ)) nastaliq += body.length;
  }
  return { fonts: total, nastaliq };
}

async function timings(browser, route) {
  const ttfb = [];
  const lcp = [];
  const fonts = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (i === 0) page.on("response", (response) => response.request().resourceType() === "font" && fonts.push(response.url()));
    await page.addInitScript(() => {
      window.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(BASE + route, { waitUntil: "load" });
    await page.waitForTimeout(300);
    const result = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType("navigation");
      return { ttfb: navigation.responseStart, lcp: window.__lcp };
    });
    ttfb.push(result.ttfb);
    lcp.push(result.lcp);
    await context.close();
  }
  return { ttfb: median(ttfb), lcp: median(lcp), ...(await fontBytes(fonts)) };
}

const TUTOR_CHAPTER = "/learn/ros2/architecture-dds-qos";
// The markdown renderer comes with the first answer; highlighting and KaTeX with the first answer that needs them.
const TUTOR_STEPS = [
  ["a first answer, prose only", "What does the reliability QoS policy do?", ".chat-markdown"],
  ["an answer with Python code", "Show me the code for a minimal rclpy publisher", ".chat-code pre[data-highlighted]"],
  ["an answer with maths", "How is depth computed from stereo disparity?", ".katex"],
];

/** Scripts the page fetches from the moment `step` starts until the network is idle again. */
async function scriptsDuring(page, step) {
  const urls = new Set();
  const onResponse = (response) => {
    if (response.request().resourceType() === "script") urls.add(response.url());
  };
  page.on("response", onResponse);
  await step();
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  const sizes = await Promise.all([...urls].map(gzipSize));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: urls.size };
}

async function tutorDownloads(browser) {
  process.stdout.write(`Measuring the tutor panel on ${TUTOR_CHAPTER} …\n`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE + TUTOR_CHAPTER, { waitUntil: "networkidle" });
  const panel = page.getByRole("complementary", { name: "AI tutor" });
  const rows = [
    {
      step: "opening the panel",
      ...(await scriptsDuring(page, async () => {
        await page.getByRole("button", { name: /Ask the tutor/ }).click();
        await panel.getByLabel("Your question").waitFor();
      })),
    },
  ];
  for (const [step, question, rendered] of TUTOR_STEPS) {
    const js = await scriptsDuring(page, async () => {
      await panel.getByLabel("Your question").fill(question);
      await panel.getByRole("button", { name: "Send" }).click();
      await panel.getByRole("article", { name: "Tutor answer" }).last().locator(rendered).first().waitFor({ timeout: 30_000 });
    });
    rows.push({ step: `+ ${step}`, ...js });
  }
  await context.close();
  return rows;
}

/** First-visit scripts of a route that carry the cells' or simulations' client code (found by their own strings). */
async function cellAndSimulationShare(route) {
  const html = await (await fetch(BASE + route)).text();
  const srcs = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => new URL(src.replaceAll("&amp;", "&"), BASE).toString()))];
  let bytes = 0;
  for (const src of srcs) {
    const body = await (await fetch(src)).text();
    if (/data-python-cell|The live simulation loads here/.test(body)) bytes += await gzipSize(src);
  }
  return bytes;
}

/** Bytes on the wire (as served, compressed where the server compresses) of every response during `step`, and its duration. */
async function wireDuring(page, step) {
  const pending = [];
  const onFinished = (request) => pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })));
  page.on("requestfinished", onFinished);
  const started = performance.now();
  await step();
  const ms = performance.now() - started;
  await page.waitForLoadState("networkidle");
  page.off("requestfinished", onFinished);
  const responses = await Promise.all(pending);
  return { ms, bytes: responses.reduce((sum, r) => sum + r.bytes, 0), responses };
}

async function pythonRuns(browser) {
  process.stdout.write(`Measuring a Python cell's first Run on ${CELL_CHAPTER} …\n`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE + CELL_CHAPTER, { waitUntil: "networkidle" });
  const cell = page.locator(`[data-python-cell][data-file="${CELL_FILE}"]`);
  const output = page.getByRole("log", { name: `Output of ${CELL_FILE}` });
  const run = async () => {
    await cell.getByRole("button", { name: "Run" }).click();
    await output.getByText("wired LAN").first().waitFor({ timeout: 120_000 });
  };
  const first = await wireDuring(page, run);
  const second = await wireDuring(page, run);
  await context.close();
  const pyodide = first.responses.filter((r) => r.url.includes("/pyodide/"));
  return { first, second, pyodideBytes: pyodide.reduce((sum, r) => sum + r.bytes, 0) };
}

const MUJOCO_CHAPTER = "/learn/humanoid/humanoid-control";

/** The MuJoCo scene: bytes on the wire until it first draws, and frames drawn per second over 5 s. */
async function mujocoScene(browser) {
  process.stdout.write(`Measuring the MuJoCo scene on ${MUJOCO_CHAPTER} …\n`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE + MUJOCO_CHAPTER, { waitUntil: "networkidle" });
  const region = page.getByRole("region", { name: /A humanoid in MuJoCo/ });
  const readout = region.locator(".sim-readout").first();
  const load = await wireDuring(page, async () => {
    await region.scrollIntoViewIfNeeded();
    await readout.getByText(/Simulated time/).waitFor({ timeout: 120_000 });
  });
  // Each frame the worker sends redraws the read-out; count the redraws and the simulated time they cover.
  const measured = await readout.evaluate(
    (element) =>
      new Promise((resolve) => {
        let frames = 0;
        const time = () => Number(/Simulated time ([\d.]+) s/.exec(element.textContent ?? "")?.[1] ?? 0);
        const startTime = time();
        const observer = new MutationObserver(() => frames++);
        observer.observe(element, { characterData: true, childList: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          resolve({ frames, simulated: time() - startTime });
        }, 5000);
      }),
  );
  await context.close();
  return { bytes: load.bytes, ms: load.ms, fps: measured.frames / 5, realTime: measured.simulated / 5 };
}

async function simulationDownloads(browser) {
  const rows = [];
  for (const [route, title] of SIMULATIONS) {
    process.stdout.write(`Measuring the simulation on ${route} …\n`);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(BASE + route, { waitUntil: "networkidle" });
    const region = page.getByRole("region", { name: title });
    const js = await scriptsDuring(page, async () => {
      await region.scrollIntoViewIfNeeded();
      await region.locator(".sim-readout").waitFor();
    });
    rows.push({ route, ...js });
    await context.close();
  }
  return rows;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const rows = [];
for (const route of ROUTES) {
  process.stdout.write(`Measuring ${route} …\n`);
  const js = await firstVisitJs(route);
  const time = await timings(browser, route);
  rows.push({ route, ...js, ...time });
}
const tutor = await tutorDownloads(browser);
const python = await pythonRuns(browser);
const simulations = await simulationDownloads(browser);
const mujoco = await mujocoScene(browser);
await browser.close();
const shares = [];
for (const route of [CELL_CHAPTER, ...SIMULATIONS.map(([route]) => route)]) shares.push({ route, bytes: await cellAndSimulationShare(route) });
// Served gzipped as built; its uncompressed size is what the browser parses.
const searchIndex = Buffer.from(await (await fetch(`${BASE}/search-index.json.gz`)).arrayBuffer());

const lightest = Math.min(...rows.map((row) => row.bytes));
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(
  `\n${"route".padEnd(44)}${"JS gzip KB".padStart(11)}${"files".padStart(7)}${"+ vs lightest".padStart(15)}${"TTFB p50".padStart(11)}${"LCP p50".padStart(10)}${"fonts KB".padStart(10)}${"Nastaliq KB".padStart(13)}`,
);
for (const row of rows) {
  console.log(
    `${row.route.padEnd(44)}${kb(row.bytes).padStart(11)}${String(row.files).padStart(7)}${`+${kb(row.bytes - lightest)} KB`.padStart(15)}${`${row.ttfb.toFixed(0)} ms`.padStart(11)}${`${row.lcp.toFixed(0)} ms`.padStart(10)}${kb(row.fonts).padStart(10)}${kb(row.nastaliq).padStart(13)}`,
  );
}
console.log("\nUrdu chapters against their English pages (budget: JS within 10 %):");
for (const row of rows.filter((candidate) => candidate.route.startsWith("/ur/learn/"))) {
  const english = rows.find((candidate) => candidate.route === row.route.slice(3));
  if (!english) continue;
  const change = ((row.bytes - english.bytes) / english.bytes) * 100;
  console.log(`  ${row.route.padEnd(42)}${`${change >= 0 ? "+" : ""}${change.toFixed(1)} % JS`.padStart(12)}`);
}
const withNastaliq = rows.filter((row) => row.nastaliq > 0).map((row) => row.route);
console.log(`The Nastaliq font was downloaded on: ${withNastaliq.join(", ") || "no route"} (it should be the /ur routes only).`);
const chapters = rows.filter((row) => row.route.split("/").length === 4 && row.route.startsWith("/learn/"));
const worst = Math.max(...chapters.map((row) => row.bytes - lightest));
console.log(`\nLightest route: ${kb(lightest)} KB. Chapter pages add at most ${kb(worst)} KB (budget: under 20 KB).`);
console.log(`\nTutor panel on ${TUTOR_CHAPTER}${"JS gzip KB".padStart(44 - TUTOR_CHAPTER.length)}${"files".padStart(7)}`);
for (const row of tutor) console.log(`  ${row.step.padEnd(42)}${kb(row.bytes).padStart(11)}${String(row.files).padStart(7)}`);
console.log(`Opening the panel downloads ${kb(tutor[0].bytes)} KB (budget: 120 KB); highlighting and maths load only with answers that need them.`);
console.log(`\nSearch index (fetched when search first opens): ${kb(searchIndex.length)} KB gzip, ${kb(zlib.gunzipSync(searchIndex).length)} KB of JSON.`);

console.log(`\nThe first-visit chunk that carries the cells' buttons and the simulations' loader (with the chapter's quizzes, tabs and copy buttons; the rest loads on use)`);
for (const row of shares) console.log(`  ${row.route.padEnd(54)}${`${kb(row.bytes)} KB gzip`.padStart(14)}`);
const kbWire = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nFirst Run of ${CELL_FILE} on ${CELL_CHAPTER} (cold cache; standard library only):`);
console.log(`  ${kbWire(python.first.bytes)} transferred (${kbWire(python.pyodideBytes)} of it Pyodide's core from /pyodide/), output after ${(python.first.ms / 1000).toFixed(2)} s`);
console.log(`  second Run: ${kbWire(python.second.bytes)} transferred, output after ${(python.second.ms / 1000).toFixed(2)} s`);
console.log(`\nSimulation code fetched when it scrolls into view${"JS gzip KB".padStart(20)}${"files".padStart(7)}`);
for (const row of simulations) console.log(`  ${row.route.padEnd(52)}${kb(row.bytes).padStart(11)}${String(row.files).padStart(7)}`);
console.log(`\nMuJoCo balance scene on ${MUJOCO_CHAPTER}: ${kbWire(mujoco.bytes)} transferred until it first draws (${(mujoco.ms / 1000).toFixed(2)} s),`);
console.log(`  then ${mujoco.fps.toFixed(0)} frames drawn per second, simulating ${mujoco.realTime.toFixed(2)} s per second of wall time.`);
const urduIndex = Buffer.from(await (await fetch(`${BASE}/ur/search-index.json.gz`)).arrayBuffer());
console.log(`Urdu search index (on Urdu pages): ${kb(urduIndex.length)} KB gzip, ${kb(zlib.gunzipSync(urduIndex).length)} KB of JSON.`);
stop();
process.exit(0);
