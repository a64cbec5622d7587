import { z } from "zod";
import { storableText } from "@/lib/storable-text";
import {
  AI_LEVELS,
  GOALS,
  GOALS_NOTE_MAX,
  GPU_OPTIONS,
  HOURS_PER_WEEK,
  JETSON_OPTIONS,
  LEVELS,
  ROBOT_ACCESS,
  ROS_EXPERIENCE,
  SENSORS,
} from "./options";

const uniqueList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, "must not repeat a choice");

// The body of PUT /api/background. Strict: a field the form does not send
// (a user id, say) is an error, not silently ignored.
export const backgroundInput = z.strictObject({
  programmingExperience: z.enum(LEVELS),
  pythonLevel: z.enum(LEVELS),
  cppLevel: z.enum(LEVELS),
  rosExperience: z.enum(ROS_EXPERIENCE),
  linuxComfort: z.enum(LEVELS),
  aiMlExperience: z.enum(AI_LEVELS),
  gpu: z.enum(GPU_OPTIONS),
  jetson: z.enum(JETSON_OPTIONS),
  sensors: uniqueList(SENSORS),
  robotAccess: z.enum(ROBOT_ACCESS),
  goals: uniqueList(GOALS),
  goalsNote: storableText()
    .trim()
    .max(GOALS_NOTE_MAX, `must be at most ${GOALS_NOTE_MAX} characters`)
    .transform((note) => (note === "" ? null : note))
    .nullable()
    .default(null),
  hoursPerWeek: z.enum(HOURS_PER_WEEK),
});

export type BackgroundInput = z.infer<typeof backgroundInput>;
