import type { BackgroundInput } from "@/lib/background/schema";

export const validBackground: BackgroundInput = {
  programmingExperience: "intermediate",
  pythonLevel: "advanced",
  cppLevel: "beginner",
  rosExperience: "ros2_basics",
  linuxComfort: "intermediate",
  aiMlExperience: "beginner",
  gpu: "rtx_workstation",
  jetson: "orin_nano",
  sensors: ["depth_camera", "imu"],
  robotAccess: "simulation",
  goals: ["career", "build_robot"],
  goalsNote: "I want to build a walking robot.",
  hoursPerWeek: "6_to_10",
};
