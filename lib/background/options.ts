// The onboarding questionnaire's vocabulary. Shared by the database schema,
// the zod validator and the form, so a new option is added in one place.

export const LEVELS = ["none", "beginner", "intermediate", "advanced"] as const;
export const ROS_EXPERIENCE = ["none", "ros1", "ros2_basics", "ros2_projects"] as const;
export const AI_LEVELS = LEVELS;
export const GPU_OPTIONS = ["none", "laptop", "rtx_workstation", "cloud"] as const;
export const JETSON_OPTIONS = ["none", "orin_nano", "orin_nx", "other"] as const;
export const SENSORS = ["depth_camera", "lidar", "imu", "mic_array"] as const;
export const ROBOT_ACCESS = [
  "none",
  "simulation",
  "unitree_go2",
  "unitree_g1",
  "other_humanoid",
  "other",
] as const;
export const GOALS = [
  "career",
  "research",
  "build_robot",
  "coursework",
  "teaching",
  "curiosity",
] as const;
export const HOURS_PER_WEEK = ["under_3", "3_to_6", "6_to_10", "over_10"] as const;

export const GOALS_NOTE_MAX = 500;

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const LABELS = {
  level: {
    none: "None",
    beginner: "Beginner",
    intermediate: "Intermediate",
    advanced: "Advanced",
  } satisfies Labels<typeof LEVELS>,
  ros: {
    none: "Never used ROS",
    ros1: "ROS 1 only",
    ros2_basics: "ROS 2 tutorials / basics",
    ros2_projects: "Built projects with ROS 2",
  } satisfies Labels<typeof ROS_EXPERIENCE>,
  gpu: {
    none: "No NVIDIA GPU",
    laptop: "Laptop GPU",
    rtx_workstation: "RTX workstation",
    cloud: "Cloud GPU",
  } satisfies Labels<typeof GPU_OPTIONS>,
  jetson: {
    none: "No Jetson",
    orin_nano: "Jetson Orin Nano",
    orin_nx: "Jetson Orin NX",
    other: "Another Jetson",
  } satisfies Labels<typeof JETSON_OPTIONS>,
  sensors: {
    depth_camera: "Depth camera (e.g. RealSense)",
    lidar: "LiDAR",
    imu: "IMU",
    mic_array: "Microphone array",
  } satisfies Labels<typeof SENSORS>,
  robot: {
    none: "No robot",
    simulation: "Simulation only",
    unitree_go2: "Unitree Go2",
    unitree_g1: "Unitree G1",
    other_humanoid: "Another humanoid",
    other: "Another robot",
  } satisfies Labels<typeof ROBOT_ACCESS>,
  goals: {
    career: "Career change or job skills",
    research: "Research",
    build_robot: "Build my own robot",
    coursework: "University coursework",
    teaching: "Teaching others",
    curiosity: "Curiosity",
  } satisfies Labels<typeof GOALS>,
  hours: {
    under_3: "Under 3 hours",
    "3_to_6": "3–6 hours",
    "6_to_10": "6–10 hours",
    over_10: "More than 10 hours",
  } satisfies Labels<typeof HOURS_PER_WEEK>,
};
