// `npm run content:kit`: checks the capstone starter kit with tests/capstone-kit/check_kit.py
// (XML, the robot's links and joints, YAML, Python, launch files, the week-2 data script).
// Skipped, with the reason printed, where python3 or PyYAML is missing.
import { spawnSync } from "node:child_process";

// PYTHON picks another interpreter (.ci/run sets it to Debian's when the default lacks the modules).
const PYTHON = process.env.PYTHON || "python3";

const probe = spawnSync(PYTHON, ["-c", "import yaml"], { encoding: "utf8" });
if (probe.error) {
  console.log(`content:kit skipped: ${PYTHON} is not installed.`);
  process.exit(0);
}
if (probe.status !== 0) {
  console.log(`content:kit skipped: PyYAML is not installed for ${PYTHON} (apt-get install python3-yaml, or pip install pyyaml).`);
  process.exit(0);
}
const run = spawnSync(PYTHON, ["tests/capstone-kit/check_kit.py"], { stdio: "inherit" });
process.exit(run.status ?? 1);
