// `npm run bench:lcp`: where a chapter's largest-contentful-paint time goes, and how low it can go.
// Builds the app (`-- --no-build` reuses the build), then loads each chapter in headless Chromium at 4× CPU
// throttling on a fast 4G profile (the side-by-side harness's settings) as it is served and cut down:
//
//   page             the chapter as served
//   no payload       without the inline React Server Components payload (it no longer hydrates: a bound, not a design)
//   intro only       the header, title and introduction, up to the first section; no scripts, no payload
//   title + CSS      the page's stylesheets and its title alone: the floor any chapter page with this CSS starts from
//   peer             with `--peer URL`, the same chapter on another site (the Docusaurus peer: its paths drop /learn)
//
// Every response of every variant goes through the same interception, so they pay the same, and the variants of
// one chapter load in turn, run after run, so drift on the machine falls on all of them. Prints the median LCP per
// chapter and variant, the mean over chapters, and with a peer each variant's ratio to it.
//
//   npm run bench:lcp -- [--no-build] [--runs 7] [--chapters ros2/tf2-and-rviz,vla/vla-models] [--peer http://127.0.0.1:3901]
import { parseArgs } from "node:util";
import { chromium } from "playwright";
import { median } from "./bench-support.mjs";
import { startProductionServer } from "./production-server.mjs";

const { values: options } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    runs: { type: "string", default: "7" },
    chapters: { type: "string", default: "ros2/tf2-and-rviz,simulation/gazebo-worlds-and-sdf,vla/vla-models,capstone/autonomous-humanoid" },
    peer: { type: "string" },
  },
});
const RUNS = Number(options.runs);
const CHAPTERS = options.chapters.split(",").map((chapter) => `/learn/${chapter}`);
const PORT = Number(process.env.BENCH_PORT ?? 3301);
const FAST_4G = { offline: false, latency: 40, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (1.5 * 1024 * 1024) / 8 };

const PAYLOAD = /<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g;
const withoutScripts = (html) => html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<link rel="preload" as="script"[^>]*>/g, "");

/** The page up to its body's first section heading, closed where the article would close. */
function introOnly(html) {
  const firstSection = html.indexOf("<h2", html.indexOf('class="prose-book"'));
  const mainEnd = html.indexOf("</main>");
  if (firstSection < 0 || mainEnd < firstSection) throw new Error("intro only: no section heading in the chapter body");
  return withoutScripts(html.slice(0, firstSection) + "</div></article></div>" + html.slice(mainEnd));
}

function titleAndCss(html) {
  const head = withoutScripts(html.slice(0, html.indexOf("</head>")));
  const title = /<h1[\s\S]*?<\/h1>/.exec(html)?.[0] ?? "";
  return `${head}</head><body><main id="main"><article class="book-article"><header>${title}</header></article></main></body></html>`;
}

const VARIANTS = {
  page: { transform: (html) => html },
  "no payload": { transform: (html) => html.replace(PAYLOAD, "") },
  "intro only": { transform: introOnly },
  "title + CSS": { transform: titleAndCss },
  ...(options.peer && { peer: { transform: (html) => html, url: (path) => new URL(path.replace(/^\/learn/, ""), options.peer).href } }),
};

const { base, stop } = await startProductionServer({ port: PORT, name: "bench-lcp", reuseBuild: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

/** One cold load of a variant: its LCP and FCP in ms. */
async function load(url, transform) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(() => {
      window.__lcp = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    const page = await context.newPage();
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const body = transform(await response.text());
      await route.fulfill({ response, body, headers: { ...response.headers(), "content-length": String(Buffer.byteLength(body)) } });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", FAST_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    // Late paints (a swapped font, a hydrated list) can still move LCP after load.
    await page.waitForTimeout(1500);
    return await page.evaluate(() => ({ lcp: window.__lcp, fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN }));
  } finally {
    await context.close();
  }
}

const results = new Map(CHAPTERS.map((chapter) => [chapter, Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]))]));
try {
  const total = RUNS * CHAPTERS.length * Object.keys(VARIANTS).length;
  let done = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const chapter of CHAPTERS) {
      for (const [name, variant] of Object.entries(VARIANTS)) {
        results.get(chapter)[name].push(await load(variant.url?.(chapter) ?? base + chapter, variant.transform));
        process.stdout.write(`\rloads ${++done}/${total}`);
      }
    }
  }
  process.stdout.write("\n\n");
} finally {
  await browser.close();
  stop();
}

const names = Object.keys(VARIANTS);
const cell = (value) => String(Math.round(value)).padStart(12);
const width = Math.max(...CHAPTERS.map((chapter) => chapter.length)) + 2;
console.log(`median LCP (ms) of ${RUNS} loads, 4× CPU, fast 4G`);
console.log("chapter".padEnd(width) + names.map((name) => name.padStart(12)).join(""));
const means = Object.fromEntries(names.map((name) => [name, 0]));
for (const [chapter, byVariant] of results) {
  const medians = names.map((name) => median(byVariant[name].map((timing) => timing.lcp)));
  names.forEach((name, i) => (means[name] += medians[i] / CHAPTERS.length));
  console.log(chapter.padEnd(width) + medians.map(cell).join(""));
}
console.log("mean".padEnd(width) + names.map((name) => cell(means[name])).join(""));
if (means.peer) console.log("÷ peer".padEnd(width) + names.map((name) => `${(means[name] / means.peer).toFixed(2)}×`.padStart(12)).join(""));
