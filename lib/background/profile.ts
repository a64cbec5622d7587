import type { BackgroundInput } from "./schema";
import { GOALS } from "./options";

// What of a reader's answers shapes a personalised chapter. Only these go into
// the model's prompt, so every reader with the same profile may be served the
// same rewrite from the cache: nothing of one reader (their free-text note, say)
// reaches another.

export type ProfileLevel = "beginner" | "intermediate" | "advanced";
export type ProfileHardware = "rtx-workstation" | "cloud-gpu" | "laptop-gpu" | "no-gpu";

export type Profile = {
  level: ProfileLevel;
  hardware: ProfileHardware;
  jetson: boolean;
  goals: (typeof GOALS)[number][];
};

type Answers = Pick<BackgroundInput, "programmingExperience" | "gpu" | "jetson" | "goals">;

const LEVEL: Record<Answers["programmingExperience"], ProfileLevel> = {
  none: "beginner",
  beginner: "beginner",
  intermediate: "intermediate",
  advanced: "advanced",
};

const HARDWARE: Record<Answers["gpu"], ProfileHardware> = {
  rtx_workstation: "rtx-workstation",
  cloud: "cloud-gpu",
  laptop: "laptop-gpu",
  none: "no-gpu",
};

export function profileOf(answers: Answers): Profile {
  return {
    level: LEVEL[answers.programmingExperience],
    hardware: HARDWARE[answers.gpu],
    jetson: answers.jetson !== "none",
    // In the questionnaire's order, so the same goals ticked in any order make one profile.
    goals: GOALS.filter((goal) => answers.goals.includes(goal)),
  };
}

/** The profile as one string, part of the cache key: "v1|intermediate|rtx-workstation|jetson|build_robot+career". */
export function profileKey(profile: Profile): string {
  return ["v1", profile.level, profile.hardware, profile.jetson ? "jetson" : "no-jetson", profile.goals.join("+") || "no-goals"].join("|");
}
