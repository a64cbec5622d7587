import { z } from "zod";
import { BACKGROUND_HAS, BACKGROUND_LEVELS } from "./components";
import { PAGE_SLUG } from "./urls";

/** A `<ForBackground>` condition written as one string: "has:jetson", "level:beginner". */
export const BACKGROUND_CONDITIONS = [
  ...BACKGROUND_HAS.map((has) => `has:${has}` as const),
  ...BACKGROUND_LEVELS.map((level) => `level:${level}` as const),
];

/**
 * The route through a chapter for readers with one setup or level: which of its
 * sections matter most to them, and a sentence or two naming that route. The
 * personalised view without a model opens these sections and shows the route.
 */
const readingPathSchema = z.strictObject({
  when: z.enum(BACKGROUND_CONDITIONS, `must be one of ${BACKGROUND_CONDITIONS.join(", ")}`),
  sections: z.array(z.string().regex(/^[^\s#A-Z]+$/, "must be heading anchors such as the-ros-2-graph (lowercase, no spaces or #)")).min(1, "needs at least one section"),
  path: z.string().trim().min(1, "is required").max(400, "must be at most 400 characters"),
});

export type ReadingPath = z.infer<typeof readingPathSchema>;

/** Every chapter's (and module overview's) frontmatter. Unknown keys are errors, so typos surface. */
export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, "is required"),
  description: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  order: z.number().int("must be a whole number").min(0),
  objectives: z.array(z.string().trim().min(1)).min(1, "needs at least one objective"),
  prerequisites: z
    .array(z.string().regex(PAGE_SLUG, "must be a chapter slug such as ros2/architecture-dds-qos"))
    .optional()
    .default([]),
  estimatedMinutes: z.number().int("must be a whole number").positive(),
  tags: z.array(z.string().trim().min(1)),
  // YAML turns an unquoted 2026-01-31 into a Date; accept both spellings.
  updated: z
    .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-01-31")])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
    .optional(),
  personalise: z
    .array(readingPathSchema)
    .refine((paths) => new Set(paths.map((p) => p.when)).size === paths.length, "has two paths for the same condition")
    .optional()
    .default([]),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** A translation's frontmatter: the same fields, translated, and the digest of the English file it was made from. */
export const translationFrontmatterSchema = frontmatterSchema.extend({
  sourceHash: z.string().regex(/^[0-9a-f]{16}$/, "must be the first 16 hex digits of the English file's SHA-256"),
});
