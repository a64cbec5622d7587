// npm run pdf: every page of the book and the whole book as PDFs in public/pdf/, printed by Chromium from
// the production build (run after `next build`; `npm run build` does). Without a Chromium (on Vercel, say) it
// says so and stops without failing: the site's "Download PDF" then falls back to the browser's print.
//
//   CHROMIUM_PATH   the browser (default /usr/bin/chromium, the one the end-to-end tests use)
//   SKIP_PDF=1      skip, as the test suite's and benchmarks' builds do: they do not need the PDFs
//
// Prints what it made and what it cost: pages, bytes and seconds per PDF.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SITE_NAME = "Physical AI & Humanoid Robotics";
/** The same layout as pagePdfHref and BOOK_PDF in lib/content/urls.ts, under public/. */
const OUT_DIR = path.join("public", "pdf");
const BOOK_PRINT_PATH = "/print/book";

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Chromium's page footer: the document's name on the left, "page n of m" on the right. */
function footer(label) {
  return `<div style="width:100%;margin:0 16mm;display:flex;justify-content:space-between;font:8px sans-serif;color:#47604f">
  <span>${escapeHtml(label)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

const PDF_OPTIONS = {
  format: "A4",
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: "<span></span>",
  margin: { top: "16mm", bottom: "18mm", left: "16mm", right: "16mm" },
  // Bookmarks from the headings and a tagged (accessible) PDF.
  outline: true,
  tagged: true,
};

/** Loads a page of the site the way a reader would, fonts and all, ready to print. */
async function open(page, url) {
  const response = await page.goto(url, { waitUntil: "load", timeout: 300_000 });
  if (!response?.ok()) throw new Error(`GET ${url}: ${response?.status()}`);
  await page.evaluate(() => document.fonts.ready);
}

/** One page of the book as a PDF; `label` goes in the footer. */
export async function pagePdf(page, url, label) {
  await open(page, url);
  const title = label ?? `${(await page.locator("h1").first().textContent())?.trim()} · ${SITE_NAME}`;
  return page.pdf({ ...PDF_OPTIONS, footerTemplate: footer(title) });
}

/** The page (1-based) each chapter of the printed book starts on, read from a first print of it. */
async function chapterPages(pdf, anchors) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  // Chromium names a destination for every element a link in the document points to: the contents' entries.
  const destinations = await doc.getDestinations();
  const pages = {};
  for (const anchor of anchors) {
    const destination = destinations[anchor];
    if (destination) pages[anchor] = (await doc.getPageIndex(destination[0])) + 1;
  }
  const pageCount = doc.numPages;
  await doc.destroy();
  return { pages, pageCount };
}

/** The whole book: print once to learn where each chapter starts, write the numbers into the contents, print again. */
export async function bookPdf(page, url) {
  await open(page, url);
  const anchors = await page.$$eval("[data-page-for]", (nodes) => nodes.map((node) => node.getAttribute("data-page-for")));
  const options = { ...PDF_OPTIONS, footerTemplate: footer(SITE_NAME) };
  const { pages } = await chapterPages(await page.pdf(options), anchors);
  const missing = anchors.filter((anchor) => !pages[anchor]);
  if (missing.length) throw new Error(`no page found for ${missing.join(", ")} in the book's first print`);
  await page.evaluate((numbers) => {
    for (const node of document.querySelectorAll("[data-page-for]")) node.textContent = String(numbers[node.getAttribute("data-page-for")]);
  }, pages);
  return page.pdf(options);
}

/** Every page of the book, from the server's sitemap, as site paths: /learn/ros2, /learn/ros2/tf2-and-rviz. */
async function bookPaths(base) {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]).pathname)
    .filter((pathname) => /^\/learn\/[^/]+(\/[^/]+)?$/.test(pathname));
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

/** Pages in a PDF, counted from its page objects (enough for the figures printed here). */
const countPages = (pdf) => pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  if (process.env.SKIP_PDF === "1") {
    console.log("npm run pdf: skipped (SKIP_PDF=1).");
    return;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.log(
      `npm run pdf: skipped, no Chromium at ${CHROMIUM} (set CHROMIUM_PATH to one). ` +
        `No PDFs were made: the site's "Download PDF" buttons fall back to the browser's print.`,
    );
    return;
  }
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.error("npm run pdf: no production build; run `npm run build` (or `next build`) first.");
    process.exit(1);
  }
  const playwright = await import("playwright").catch(() => null);
  if (!playwright) {
    console.log("npm run pdf: skipped, the playwright package is not installed (a production-only install). No PDFs were made.");
    return;
  }
  const { chromium } = playwright;
  const { startProductionServer } = await import("./production-server.mjs");
  const started = performance.now();
  const { base, stop } = await startProductionServer({ port: await freePort(), name: "pdf", reuseBuild: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    const paths = await bookPaths(base);
    fs.rmSync(OUT_DIR, { recursive: true, force: true });
    let chapterBytes = 0;
    let chapterPagesTotal = 0;
    const chaptersStarted = performance.now();
    for (const sitePath of paths) {
      const t = performance.now();
      const pdf = await pagePdf(page, `${base}${sitePath}`);
      const file = path.join(OUT_DIR, `${sitePath.slice("/learn/".length)}.pdf`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, pdf);
      chapterBytes += pdf.length;
      chapterPagesTotal += countPages(pdf);
      console.log(`  ${file}: ${countPages(pdf)} pages, ${kb(pdf.length)}, ${seconds(performance.now() - t)}`);
    }
    const chaptersMs = performance.now() - chaptersStarted;
    const bookStarted = performance.now();
    const book = await bookPdf(page, `${base}${BOOK_PRINT_PATH}`);
    const bookFile = path.join(OUT_DIR, "book.pdf");
    fs.writeFileSync(bookFile, book);
    const bookMs = performance.now() - bookStarted;
    console.log(
      `npm run pdf: ${paths.length} page PDFs (${chapterPagesTotal} pages, ${kb(chapterBytes)}) in ${seconds(chaptersMs)}; ` +
        `${bookFile}: ${countPages(book)} pages, ${kb(book.length)}, in ${seconds(bookMs)} (two prints, to number the contents); ` +
        `${seconds(performance.now() - started)} in all, server start included.`,
    );
  } finally {
    await browser.close();
    stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
