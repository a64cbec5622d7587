import { BACKGROUND_HAS, BACKGROUND_LEVELS } from "@/lib/content/components";
import type { BackgroundInput } from "./schema";

export type BackgroundHas = (typeof BACKGROUND_HAS)[number];
export type BackgroundLevel = (typeof BACKGROUND_LEVELS)[number];

type Answers = Pick<BackgroundInput, "programmingExperience" | "gpu" | "jetson" | "sensors" | "robotAccess" | "rosExperience">;

const HAS: Record<BackgroundHas, (a: Answers) => boolean> = {
  jetson: (a) => a.jetson !== "none",
  "rtx-gpu": (a) => a.gpu === "rtx_workstation",
  "no-gpu": (a) => a.gpu === "none",
  "cloud-gpu": (a) => a.gpu === "cloud",
  "depth-camera": (a) => a.sensors.includes("depth_camera"),
  lidar: (a) => a.sensors.includes("lidar"),
  "unitree-go2": (a) => a.robotAccess === "unitree_go2",
  "unitree-g1": (a) => a.robotAccess === "unitree_g1",
  ros2: (a) => a.rosExperience === "ros2_basics" || a.rosExperience === "ros2_projects",
};

const LEVEL: Record<BackgroundLevel, (a: Answers) => boolean> = {
  beginner: (a) => a.programmingExperience === "none" || a.programmingExperience === "beginner",
  intermediate: (a) => a.programmingExperience === "intermediate",
  advanced: (a) => a.programmingExperience === "advanced",
};

/** No RTX workstation to run Isaac Sim on: the tutor points to the cloud or a lighter path. */
export const lacksRtxWorkstation = (answers: Pick<Answers, "gpu">) => answers.gpu === "none" || answers.gpu === "laptop";

/** Whether a reader's onboarding answers match a `<ForBackground>` condition. */
export function matchesBackground(answers: Answers, condition: { has?: BackgroundHas; level?: BackgroundLevel }): boolean {
  if (condition.has) return HAS[condition.has](answers);
  if (condition.level) return LEVEL[condition.level](answers);
  return false;
}

/** Every condition the answers match, written as frontmatter writes them: "has:jetson", "level:beginner". */
export function matchingConditions(answers: Answers): string[] {
  return [
    ...BACKGROUND_HAS.filter((has) => HAS[has](answers)).map((has) => `has:${has}`),
    ...BACKGROUND_LEVELS.filter((level) => LEVEL[level](answers)).map((level) => `level:${level}`),
  ];
}

export const CONDITION_LABELS: Record<BackgroundHas | BackgroundLevel, string> = {
  jetson: "If you have an NVIDIA Jetson",
  "rtx-gpu": "If you have an RTX GPU",
  "no-gpu": "If you have no NVIDIA GPU",
  "cloud-gpu": "If you use a cloud GPU",
  "depth-camera": "If you have a depth camera",
  lidar: "If you have a LiDAR",
  "unitree-go2": "If you have a Unitree Go2",
  "unitree-g1": "If you have a Unitree G1",
  ros2: "If you already know ROS 2",
  beginner: "If you are new to programming",
  intermediate: "If you program regularly",
  advanced: "If you are an experienced programmer",
};
