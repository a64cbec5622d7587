// The production build served on a port with its own fresh PGlite folder: one
// helper for the benchmarks (imported) and the Playwright suite (run as a
// command, it serves until stopped).
//
//   node scripts/production-server.mjs [--port 3100] [--reuse-build]
//
// It builds first with `npm run build` (the tutor's index, then next build; the PDFs skipped):
// always, unless --no-build; with --reuse-build only when there is no build yet
// (npm test builds once and shares it with the end-to-end suite).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

function build({ reuse }) {
  if (process.argv.includes("--no-build") || (reuse && fs.existsSync(".next/BUILD_ID"))) return;
  console.log("Building (npm run build: tutor index + next build; no PDFs) …");
  // The tests and benchmarks never read the PDFs: making them would only lengthen every run.
  const result = spawnSync("npm", ["run", "-s", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, SKIP_PDF: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Each live process of a process group (the server and its children): its pid and its /proc stat fields after the name. */
function* processGroup(pgid) {
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state is field 3, pgrp 5, utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) yield { pid, fields };
    } catch {}
  }
}

/** CPU time (user + system, ms) used so far by every process in a process group. */
export function processGroupCpuMs(pgid) {
  let ticks = 0;
  for (const { fields } of processGroup(pgid)) ticks += Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

/** Resident memory (MB) of every process in a process group. */
export function processGroupRssMb(pgid) {
  let kb = 0;
  for (const { pid } of processGroup(pgid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
  }
  return kb / 1024;
}

const nextBin = fileURLToPath(import.meta.resolve("next/dist/bin/next"));

/**
 * Starts `next start` and resolves once it answers; `stop()` ends it and removes its data.
 * `ownGroup` puts the server in a process group of its own, so a benchmark can read the group's CPU time;
 * otherwise it stays in its parent's group, so whoever kills that group (Playwright does) kills it too.
 */
export async function startProductionServer({ port, env = {}, name, reuseBuild = false, output = "ignore", ownGroup = true, seededDataDir }) {
  build({ reuse: reuseBuild });
  // A benchmark may hand over a data folder it seeded; it is removed on stop like a fresh one.
  const dataDir = seededDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", PORT: String(port), ...env },
    // A quiet server still keeps the end of its error output, to say why it did not start.
    stdio: output === "inherit" ? "inherit" : ["ignore", "ignore", "pipe"],
    detached: ownGroup,
  });
  let errors = "";
  server.stderr?.on("data", (data) => (errors = (errors + data).slice(-2000)));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (ownGroup) process.kill(-server.pid, "SIGTERM");
      else server.kill("SIGTERM");
    } catch {}
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(130));
  const base = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop, server };
    } catch {}
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}\n${errors}`);
    if (i > 360) throw new Error(`the server did not answer within 3 minutes\n${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf("--port");
  const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? 3100));
  const { base, stop, server } = await startProductionServer({
    port,
    name: "e2e",
    reuseBuild: process.argv.includes("--reuse-build"),
    output: "inherit",
    ownGroup: false,
  });
  console.log(`Serving the production build at ${base}`);
  server.on("exit", (code) => {
    stop();
    process.exit(code ?? 0);
  });
}
