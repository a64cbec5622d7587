import { z } from "zod";
import { PAGE_SLUG } from "./urls";

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
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** A translation's frontmatter: the same fields, translated, and the digest of the English file it was made from. */
export const translationFrontmatterSchema = frontmatterSchema.extend({
  sourceHash: z.string().regex(/^[0-9a-f]{16}$/, "must be the first 16 hex digits of the English file's SHA-256"),
});
