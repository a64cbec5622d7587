import { z } from "zod";
import { LANGS, PAGE_SLUG, PAGE_SLUG_HINT } from "@/lib/content/urls";

/** POST /api/personalise: which page, in which language; the background is the signed-in reader's own. */
export const personaliseRequest = z.strictObject({
  slug: z.string().regex(PAGE_SLUG, PAGE_SLUG_HINT),
  lang: z.enum(LANGS),
});
