import { z } from "zod";

// Postgres stores neither a NUL character nor half of a UTF-16 surrogate pair
// in text or jsonb: such input would fail (or be altered) at the write, so it is
// refused up front with a 400 that names the field.

export const STORABLE_HINT = "must not contain null characters or unpaired surrogates";

export function isStorable(value: string): boolean {
  return !value.includes("\0") && value.isWellFormed();
}

/** A string field that the database can store as it was sent. */
export const storableText = () => z.string().refine(isStorable, STORABLE_HINT);
