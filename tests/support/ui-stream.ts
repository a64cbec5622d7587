/** Reads a UI-message SSE response into its chunks, the text, and the start metadata. */
export async function readUIStream(response: Response) {
  const raw = await response.text();
  const chunks = raw
    .split("\n\n")
    .map((event) => event.replace(/^data: /, "").trim())
    .filter((data) => data && data !== "[DONE]")
    .map((data) => JSON.parse(data) as { type: string; delta?: string; messageMetadata?: Record<string, unknown>; errorText?: string });
  const text = chunks.filter((c) => c.type === "text-delta").map((c) => c.delta).join("");
  const start = chunks.find((c) => c.type === "start");
  return { chunks, text, metadata: start?.messageMetadata ?? {} };
}
