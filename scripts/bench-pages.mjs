// `npm run bench:pages`: builds the app, then for each route prints the gzip
// size of the JavaScript a modern browser downloads on a first visit (the
// scripts the server-rendered HTML loads, noModule ones excluded), the
// difference to the lightest route, and the p50 time-to-first-byte and
// largest-contentful-paint over 10 loads in headless Chromium. Then, on a
// chapter, the gzip size of the JavaScript the tutor panel downloads when it
// opens, then with a first answer, an answer with code and one with maths,
// and the size of the search index the search dialog fetches on first use. The Urdu book's
// chapters are measured beside their English pages (JS within 10 %), and each route's font
// downloads, to show that only Urdu pages fetch the Nastaliq font.
import fs from "node:fs";
import zlib from "node:zlib";
import { chromium } from "playwright";
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
  "/ur",
  "/ur/learn/ros2/architecture-dds-qos",
  "/ur/learn/humanoid/kinematics-and-dynamics",
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

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

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
await browser.close();
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
const urduIndex = Buffer.from(await (await fetch(`${BASE}/ur/search-index.json.gz`)).arrayBuffer());
console.log(`Urdu search index (on Urdu pages): ${kb(urduIndex.length)} KB gzip, ${kb(zlib.gunzipSync(urduIndex).length)} KB of JSON.`);
stop();
process.exit(0);
