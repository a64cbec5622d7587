// Shared by the benchmarks: builds the app (unless --no-build), then serves the
// production build on `port` with a fresh PGlite folder and stops it on exit.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export async function startProductionServer({ port, env = {}, name }) {
  if (!process.argv.includes("--no-build")) {
    console.log("Building (npm run build: tutor index + next build) …");
    const build = spawnSync("npm", ["run", "-s", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const server = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", PORT: String(port), ...env },
    stdio: "ignore",
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  const base = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {}
    if (i > 120) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
