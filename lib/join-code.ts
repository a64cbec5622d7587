import { randomInt } from "node:crypto";

// Letters and digits that cannot be mistaken for one another when read off a projector.
const ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** A short code a student types to join a class: 8 characters of 30, about 6.6 × 10^11 codes. */
export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

export const normalizeJoinCode = (code: string) => code.trim().toUpperCase().replace(/[\s-]/g, "");
