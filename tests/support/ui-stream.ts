import { renumberCitations } from "@/lib/ai/citations";

/**
 * Reads a UI-message SSE response into its chunks, the metadata (merged from
 * start to finish) and the text as the panel shows it once the answer ends
 * (citation markers renumbered as the final metadata says).
 */
export async function readUIStream(response: Response) {
  const raw = await response.text();
  const chunks = raw
    .split("\n\n")
    .map((event) => event.replace(/^data: /, "").trim())
    .filter((data) => data && data !== "[DONE]")
    .map((data) => JSON.parse(data) as { type: string; delta?: string; messageMetadata?: Record<string, unknown>; errorText?: string });
  const metadata = Object.assign({}, ...chunks.map((c) => c.messageMetadata ?? {})) as Record<string, unknown>;
  const streamed = chunks.filter((c) => c.type === "text-delta").map((c) => c.delta).join("");
  const text = renumberCitations(streamed, (metadata.citations ?? {}) as Record<number, number>);
  return { chunks, text, streamed, metadata };
}
