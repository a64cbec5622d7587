import {
  AI_LEVELS,
  GOALS,
  GPU_OPTIONS,
  HOURS_PER_WEEK,
  JETSON_OPTIONS,
  LABELS,
  LEVELS,
  ROBOT_ACCESS,
  ROS_EXPERIENCE,
  SENSORS,
} from "@/lib/background/options";
import type { Answers } from "@/lib/background/answers";
import type { BackgroundInput } from "@/lib/background/schema";

type Choice = { value: string; label: string };
type ChoiceField = Exclude<keyof BackgroundInput, "goalsNote">;

export type Question = {
  name: ChoiceField;
  label: string;
  kind: "single" | "multi";
  choices: Choice[];
};

export type Step = { title: string; intro: string; questions: Question[]; note?: boolean };

const choices = (values: readonly string[], labels: Record<string, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] ?? value }));

const levels = choices(LEVELS, LABELS.level);

export const STEPS: Step[] = [
  {
    title: "Programming",
    intro: "How comfortable are you writing code? The tutor explains more or less depending on this.",
    questions: [
      { name: "programmingExperience", label: "Programming experience", kind: "single", choices: levels },
      { name: "pythonLevel", label: "Python", kind: "single", choices: levels },
      { name: "cppLevel", label: "C++", kind: "single", choices: levels },
    ],
  },
  {
    title: "Robotics and AI",
    intro: "What you already know about the robotics and AI tool chain.",
    questions: [
      { name: "rosExperience", label: "ROS / ROS 2", kind: "single", choices: choices(ROS_EXPERIENCE, LABELS.ros) },
      { name: "linuxComfort", label: "Linux command line", kind: "single", choices: levels },
      { name: "aiMlExperience", label: "AI / machine learning", kind: "single", choices: choices(AI_LEVELS, LABELS.level) },
    ],
  },
  {
    title: "Hardware",
    intro: "What you can run things on. Examples and exercises follow the hardware you have.",
    questions: [
      { name: "gpu", label: "GPU available", kind: "single", choices: choices(GPU_OPTIONS, LABELS.gpu) },
      { name: "jetson", label: "NVIDIA Jetson", kind: "single", choices: choices(JETSON_OPTIONS, LABELS.jetson) },
      { name: "sensors", label: "Sensors you own (pick any)", kind: "multi", choices: choices(SENSORS, LABELS.sensors) },
      { name: "robotAccess", label: "Robot access", kind: "single", choices: choices(ROBOT_ACCESS, LABELS.robot) },
    ],
  },
  {
    title: "Goals",
    intro: "Why you are here and how much time you have.",
    questions: [
      { name: "goals", label: "Why are you taking the course? (pick any)", kind: "multi", choices: choices(GOALS, LABELS.goals) },
      { name: "hoursPerWeek", label: "Hours per week", kind: "single", choices: choices(HOURS_PER_WEEK, LABELS.hours) },
    ],
    note: true,
  },
];

export const QUESTION_COUNT = STEPS.reduce((sum, step) => sum + step.questions.length, 0);

export const stepOf = (field: string) => STEPS.findIndex((step) => step.questions.some((q) => q.name === field) || (step.note && field === "goalsNote"));

export function missingAnswers(step: Step, answers: Answers): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const question of step.questions) {
    if (question.kind === "single" && !answers[question.name]) errors[question.name] = "Choose one option.";
  }
  return errors;
}
