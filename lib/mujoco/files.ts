import mujocoPackage from "mujoco-js/package.json" with { type: "json" };

// The balance scene's files, served by app/mujoco/[version]/[file]/route.ts: MuJoCo's official
// WebAssembly build (one JavaScript file with the WebAssembly inside) from the mujoco-js package,
// the worker that runs it and the scene's MJCF model. The version is in the path, so a new package is a new URL.
export const MUJOCO_VERSION: string = mujocoPackage.version;
export const MUJOCO_PATH = "/mujoco/";
export const MUJOCO_BASE_URL = `${MUJOCO_PATH}${MUJOCO_VERSION}/`;

/** File name → where it is in the repository (or node_modules) and its type. */
export const MUJOCO_FILES: Record<string, { path: string; type: string }> = {
  "mujoco_wasm.js": { path: "node_modules/mujoco-js/dist/mujoco_wasm.js", type: "text/javascript; charset=utf-8" },
  "balance-worker.mjs": { path: "lib/mujoco/balance-worker.mjs", type: "text/javascript; charset=utf-8" },
  "balancer.xml": { path: "lib/mujoco/balancer.xml", type: "application/xml; charset=utf-8" },
};
