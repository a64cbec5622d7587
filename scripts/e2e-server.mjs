// Serves the production build for Playwright with its own fresh PGlite folder,
// building first if there is no build yet.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dataDir = path.resolve(".data", "e2e");
fs.rmSync(dataDir, { recursive: true, force: true });

if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("No production build found; running next build …");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3100"], {
  stdio: "inherit",
  env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
