import crypto from "node:crypto";
import type { Book } from "@/lib/content/book";
import { countWords } from "@/lib/content/markdown";
import { sectionsOf } from "@/lib/content/sections";
import { headingLabel, sectionHref } from "@/lib/content/urls";
import { contentWords } from "./terms";

export type Chunk = {
  /** Stable across runs: "ros2/tf2-and-rviz#static-transforms", "~2" for a later part of a long section. */
  id: string;
  chapter: string;
  title: string;
  headingPath: string[];
  anchor: string;
  href: string;
  /** Prose with JSX stripped, code blocks kept whole. */
  text: string;
  /**
   * For the first part of an h3 section, its h2's short introduction, which the
   * section is read in the light of ("`/tf_static` carries static transforms"
   * introduces "Static transforms: sensor mounts"). Not searched: shown with the section.
   */
  context?: string;
  /** Changes when anything the index stores for this chunk changes. */
  hash: string;
};

/** The chunk's heading path as readers see it: "Quality of Service › Durability". */
export const headingOf = (chunk: Chunk) => headingLabel(chunk.headingPath);

/** The words a chunk is embedded from; `npm run index` ships vectors for exactly these. */
export const chunkWords = (chunk: Chunk) => contentWords(`${chunk.title} ${chunk.headingPath.join(" ")} ${chunk.text}`);

// Small enough that three passages fit a prompt comfortably, large enough to
// keep a worked example with its explanation.
export const MAX_CHUNK_WORDS = 320;

/** Splits a section's blocks into runs of at most MAX_CHUNK_WORDS; a block (a code block above all) is never cut. */
export function groupBlocks(blocks: string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let words = 0;
  for (const block of blocks) {
    const size = countWords(block);
    if (current.length > 0 && words + size > MAX_CHUNK_WORDS) {
      groups.push(current);
      current = [];
      words = 0;
    }
    current.push(block);
    words += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

// A reading list names other works; as a passage it answers nothing and
// crowds out the sections that do.
const isReadingList = (headingPath: string[]) => /^further reading$/i.test(headingPath.at(-1) ?? "");

/** An h2's text before its first h3 is context for its h3s when it is this short, in words. */
const CONTEXT_WORDS = 120;

export function chunkBook(book: Book): Chunk[] {
  return book.pages.flatMap((page) => {
    const sections = sectionsOf(page, { includeCode: true });
    const introductions = new Map(
      sections.filter((section) => section.headingPath.length === 1 && countWords(section.text) <= CONTEXT_WORDS).map((section) => [section.headingPath[0], section.text]),
    );
    return sections
      .filter((section) => !isReadingList(section.headingPath))
      .flatMap((section) =>
        groupBlocks(section.blocks).map((blocks, part) => {
          const text = blocks.join("\n\n");
          const base = `${page.slug}#${section.anchor || "top"}`;
          const title = page.frontmatter.title;
          const context = part === 0 && section.headingPath.length === 2 ? introductions.get(section.headingPath[0]) || undefined : undefined;
          return {
            id: part === 0 ? base : `${base}~${part + 1}`,
            chapter: page.slug,
            title,
            headingPath: section.headingPath,
            anchor: section.anchor,
            href: sectionHref(page.href, section.anchor),
            text,
            ...(context && { context }),
            hash: crypto
              .createHash("sha256")
              .update(JSON.stringify([title, section.headingPath, section.anchor, text, context ?? ""]))
              .digest("hex")
              .slice(0, 16),
          };
        }),
      );
  });
}
