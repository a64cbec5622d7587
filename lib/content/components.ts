// What authors may use in MDX: the component names and the values their
// props accept. The renderer's component map and the content check both read
// this, so a component cannot be documented, checked and rendered differently.

export const CALLOUT_TYPES = ["note", "tip", "warning", "danger"] as const;

export const BACKGROUND_HAS = [
  "jetson",
  "rtx-gpu",
  "no-gpu",
  "cloud-gpu",
  "depth-camera",
  "lidar",
  "unitree-go2",
  "unitree-g1",
  "ros2",
] as const;

export const BACKGROUND_LEVELS = ["beginner", "intermediate", "advanced"] as const;

/** The live simulations a chapter can embed with <Simulation name="…">. */
export const SIMULATIONS = ["two-link-arm", "pid-step", "lipm-push", "force-closure", "mujoco-balance"] as const;
export type SimulationName = (typeof SIMULATIONS)[number];

export const MDX_COMPONENTS = [
  "Callout",
  "Tabs",
  "Tab",
  "Figure",
  "Steps",
  "Step",
  "Quiz",
  "Exercise",
  "Solution",
  "ForBackground",
  "PythonCell",
  "Simulation",
] as const;

export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

/** Fenced-code languages highlighted at build time. */
export const CODE_LANGUAGES = [
  "python",
  "cpp",
  "c",
  "xml",
  "yaml",
  "bash",
  "sh",
  "shell",
  "console",
  "json",
  "toml",
  "ini",
  "cmake",
  "csharp",
  "dockerfile",
  "diff",
  "javascript",
  "typescript",
  "markdown",
  "text",
  "plaintext",
] as const;
