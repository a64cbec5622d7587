// Citation markers in an answer: "[2]" points at passage 2. Shared by the
// server (which numbers the sources an answer uses) and the panel (which shows
// the numbers the server settled on), so nothing here touches the server.

const MARKER = /\[(\d{1,2})\](?!\()/g;

/** The passage numbers an answer cites, in the order it first cites them. */
export function citationOrder(text: string): number[] {
  const order: number[] = [];
  for (const [, n] of text.matchAll(MARKER)) if (!order.includes(Number(n))) order.push(Number(n));
  return order;
}

/** The answer with its markers renumbered: `mapping[old] = new`; a marker with no mapping is dropped. */
export function renumberCitations(text: string, mapping: Record<number, number>): string {
  return text.replace(MARKER, (_marker, n: string) => (mapping[Number(n)] ? `[${mapping[Number(n)]}]` : "")).replace(/ +([.,;:])/g, "$1");
}
