// `npm run content:test-code`: runs every complete Python program of the book (rules in
// lib/content/code-blocks.ts) with python3 and compares what it prints with the output the book
// shows. Each chapter's programs are written at their titled paths into one scratch folder, so a
// program imports its chapter's other files as the text tells the reader to. Programs that
// import what this machine lacks (rclpy, Isaac Sim, torch …) are compiled, not run, and counted
// by the module they need; launch files are imported against the launch/launch_ros test doubles.
// On the real book it also redraws the plots of scripts/figures/book_plots.py from the chapters'
// programs and fails when a committed plot no longer matches. Skipped, with the reason printed,
// where python3 or numpy is missing.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bookPrograms, compareOutput, type Program } from "../lib/content/code-blocks";
import { loadValidBook } from "../lib/content/load";

const TIMEOUT_MS = 60_000;
const PARALLEL = 2;
const HELPERS = path.join(import.meta.dirname, "code-blocks");

// PYTHON picks another interpreter (.ci/run sets it to Debian's when the default lacks numpy).
const PYTHON = process.env.PYTHON || "python3";

function skip(reason: string): never {
  console.log(`content:test-code skipped: ${reason}.`);
  process.exit(0);
}

const probe = spawnSync(PYTHON, ["-c", "import numpy"], { encoding: "utf8" });
if (probe.error) skip(`${PYTHON} is not installed`);
if (probe.status !== 0) skip(`numpy is not installed for ${PYTHON} (apt-get install python3-numpy, or pip install numpy)`);
const hasPytest = spawnSync(PYTHON, ["-c", "import pytest"]).status === 0;

type Result = { program: Program; status: "passed" | "failed" | "compiled"; detail?: string };

/** The scratch folder and every folder holding a program, as inspect_programs.py searches them. */
function searchPath(folder: string, programs: Program[]): string[] {
  const dirs = new Set([folder]);
  for (const program of programs) {
    for (let dir = path.dirname(path.join(folder, program.path)); dir.startsWith(folder); dir = path.dirname(dir)) dirs.add(dir);
  }
  return [...dirs].sort();
}

function run(cmd: string[], cwd: string, pythonPath: string[]): Promise<{ code: number | null; out: string; err: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(cmd[0]!, cmd.slice(1), {
      cwd,
      env: { ...process.env, PYTHONPATH: pythonPath.join(path.delimiter), PYTHONDONTWRITEBYTECODE: "1", PYTHONHASHSEED: "0", MPLBACKEND: "Agg" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIMEOUT_MS);
    child.stdout.on("data", (data) => (out += data));
    child.stderr.on("data", (data) => (err += data));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, timedOut });
    });
  });
}

const lastLines = (text: string, count = 6) => text.trim().split("\n").slice(-count).join("\n      ");

const book = loadValidBook(process.argv[2]);
const chapters = bookPrograms(book);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "book-code-"));
const started = Date.now();
const results: Result[] = [];
const needs = new Map<string, number>();
let fragments = 0;
const orphans: string[] = [];
try {
  const folders = chapters.map((chapter) => {
    const folder = path.join(scratch, chapter.page.slug.replace("/", "__"));
    for (const program of chapter.programs) {
      const target = path.join(folder, program.path);
      if (!target.startsWith(`${folder}${path.sep}`)) throw new Error(`${program.file}:${program.line}: title must be a relative path inside the chapter`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, program.source);
    }
    return folder;
  });
  const inspected = JSON.parse(
    spawnSync(PYTHON, [path.join(HELPERS, "inspect_programs.py"), ...folders], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }).stdout,
  ) as Record<string, Record<string, { syntax_error: string | null; missing: string[] }>>;

  console.log(`Running the book's Python programs (python3 with numpy${hasPytest ? ", pytest" : "; no pytest: test files are compiled only"}).`);
  for (const [index, chapter] of chapters.entries()) {
    const folder = folders[index]!;
    const pythonPath = searchPath(folder, chapter.programs);
    fragments += chapter.fragments;
    const mine: Result[] = [];
    const queue = chapter.programs.map((program) => async () => {
      const { syntax_error, missing } = inspected[folder]![path.normalize(program.path)]!;
      const cwd = path.dirname(path.join(folder, program.path));
      const file = path.join(folder, program.path);
      if (syntax_error) return mine.push({ program, status: "failed", detail: `does not compile: ${syntax_error}` });
      const lacking = program.kind === "pytest" && !hasPytest ? [...missing, "pytest"] : missing;
      if (program.kind === "setup") return mine.push({ program, status: "compiled" });
      if (lacking.length > 0) {
        for (const name of lacking) needs.set(name, (needs.get(name) ?? 0) + 1);
        return mine.push({ program, status: "compiled" });
      }
      const cmd =
        program.kind === "pytest"
          ? [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", file]
          : program.kind === "launch"
            ? [PYTHON, path.join(HELPERS, "launch_description.py"), file]
            : [PYTHON, file];
      const { code, out, err, timedOut } = await run(cmd, cwd, pythonPath);
      if (timedOut) return mine.push({ program, status: "failed", detail: `still running after ${TIMEOUT_MS / 1000} s` });
      if (code !== 0) return mine.push({ program, status: "failed", detail: `exited with ${code}:\n      ${lastLines(err || out)}` });
      const difference = program.output && compareOutput(program.output.text, out);
      if (difference) return mine.push({ program, status: "failed", detail: `output differs from the block at line ${program.output!.line}: ${difference}` });
      return mine.push({ program, status: "passed" });
    });
    await Promise.all(Array.from({ length: PARALLEL }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }));
    mine.sort((a, b) => a.program.line - b.program.line);
    for (const orphan of chapter.orphanOutputs) {
      orphans.push(`${chapter.page.file}:${orphan.line} "${orphan.title}" names no program of this chapter before it`);
    }
    results.push(...mine);
    const ran = mine.filter((result) => result.status !== "compiled");
    const compared = ran.filter((result) => result.program.output).length;
    const failed = ran.filter((result) => result.status === "failed").length;
    console.log(
      `  ${chapter.page.slug}: ${ran.length} run, ${ran.length - failed} passed${failed ? `, ${failed} FAILED` : ""}` +
        `${compared ? ` (${compared} against the book's output)` : ""}; ${mine.length - ran.length} compiled only; ${chapter.fragments} fragments`,
    );
    for (const { program, detail } of mine.filter((result) => result.status === "failed")) {
      console.log(`    ✖ ${program.file}:${program.line} ${program.path}: ${detail}`);
    }
    for (const orphan of orphans.filter((line) => line.startsWith(`${chapter.page.file}:`))) console.log(`    ✖ ${orphan}`);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

const ran = results.filter((result) => result.status !== "compiled");
const failed = ran.filter((result) => result.status === "failed");
const compared = ran.filter((result) => result.program.output).length;
const compiledOnly = results.length - ran.length;
const setups = results.filter((result) => result.program.kind === "setup").length;
const why = [...needs].sort((a, b) => b[1] - a[1]).map(([module, count]) => `${module} ${count}`).join(", ");
console.log(
  `\ncontent:test-code: ${ran.length} blocks run, ${ran.length - failed.length} passed, ${failed.length} failed ` +
    `(${compared} of them checked against the output the book prints) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
console.log(
  `${compiledOnly} more compiled only: ${setups} setup.py (package metadata)${why ? `; the rest for want of (programs per module) ${why}` : ""}. ${fragments} fragments not checked.`,
);
// The plots are drawn from content/ itself, so a scratch book (a path argument) has none.
let plotsStale = false;
if (!process.argv[2]) {
  const plots = spawnSync(PYTHON, [path.join(import.meta.dirname, "figures", "book_plots.py"), "--check"], { encoding: "utf8" });
  const lines = `${plots.stdout}${plots.stderr}`.trim().split("\n");
  const upToDate = lines.filter((line) => line.startsWith("up to date")).length;
  const lacking = lines.find((line) => line.startsWith("ModuleNotFoundError"));
  if (lacking) {
    console.log(`Plots drawn from the book's programs (scripts/figures/book_plots.py) not checked: ${lacking}.`);
  } else {
    plotsStale = plots.status !== 0;
    console.log(`Plots drawn from the book's programs (scripts/figures/book_plots.py): ${upToDate} up to date.`);
    if (plotsStale) console.log(lines.filter((line) => !line.startsWith("up to date")).map((line) => `  ${line}`).join("\n"));
  }
}
if (failed.length + orphans.length > 0 || plotsStale) {
  console.log("\nFailures:");
  for (const { program, detail } of failed) console.log(`  ${program.file}:${program.line} ${program.path}: ${detail}`);
  for (const orphan of orphans) console.log(`  ${orphan}`);
  process.exit(1);
}
