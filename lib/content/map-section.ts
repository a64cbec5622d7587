// Shared by the server (a translation's links) and the browser (the language switch): nothing here touches Node.

/**
 * The anchor in `to` of the section at `anchor` in `from`: headings match by
 * position (compareStructure keeps them one for one). An unknown anchor maps to
 * none, the top of the page; a heading past the end of a shorter list to the last.
 */
export function mapSection(from: readonly string[], to: readonly string[], anchor: string): string {
  const index = from.indexOf(anchor);
  if (index === -1 || to.length === 0) return "";
  return to[Math.min(index, to.length - 1)]!;
}
