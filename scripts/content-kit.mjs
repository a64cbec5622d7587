// `npm run content:kit`: checks the capstone starter kit with tests/capstone-kit/check_kit.py
// (XML, the robot's links and joints, YAML, Python, launch files, the week-2 data script).
// Skipped, with the reason printed, where python3 or PyYAML is missing.
import { spawnSync } from "node:child_process";

const probe = spawnSync("python3", ["-c", "import yaml"], { encoding: "utf8" });
if (probe.error) {
  console.log("content:kit skipped: python3 is not installed.");
  process.exit(0);
}
if (probe.status !== 0) {
  console.log("content:kit skipped: PyYAML is not installed for python3 (apt-get install python3-yaml, or pip install pyyaml).");
  process.exit(0);
}
const run = spawnSync("python3", ["tests/capstone-kit/check_kit.py"], { stdio: "inherit" });
process.exit(run.status ?? 1);
