/**
 * The grammars the panel can highlight: the languages of the book's own code
 * blocks (a unit test reads content/ and fails when a chapter uses another).
 * Each loads on its own, the first time an answer shows code in it.
 */
export const GRAMMARS = ["python", "bash", "xml", "yaml", "cpp", "csharp", "cmake"] as const;

export type Grammar = (typeof GRAMMARS)[number];

/** Fence names that are shown as plain text, by design. */
export const PLAIN_LANGUAGES = ["text", "plaintext", "txt"];

const ALIASES: Record<string, Grammar> = {
  py: "python",
  python3: "python",
  sh: "bash",
  shell: "bash",
  zsh: "bash",
  console: "bash",
  "c++": "cpp",
  cs: "csharp",
  "c#": "csharp",
  yml: "yaml",
  urdf: "xml",
  sdf: "xml",
};

/** The grammar for a fence's language, or null when the block stays plain text. */
export function grammarOf(language: string | undefined): Grammar | null {
  const name = language?.trim().toLowerCase() ?? "";
  if ((GRAMMARS as readonly string[]).includes(name)) return name as Grammar;
  return ALIASES[name] ?? null;
}
