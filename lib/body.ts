import "server-only";
import { AppError } from "./errors";
import { BODY_MAX_BYTES } from "./limits";

const TOO_LARGE = `The request body must be at most ${BODY_MAX_BYTES / 1024} KB.`;

/** A body that says it is too large is refused before anything, the session check included, is done. */
export function refuseDeclaredOversize(request: Request): void {
  if (Number(request.headers.get("content-length")) > BODY_MAX_BYTES) throw new AppError(413, TOO_LARGE);
}

/** The body, read only up to BODY_MAX_BYTES: a longer stream is cancelled there, not read to its end. */
export async function readBody(request: Request): Promise<Buffer<ArrayBuffer>> {
  refuseDeclaredOversize(request);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > BODY_MAX_BYTES) {
      await reader.cancel();
      throw new AppError(413, TOO_LARGE);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The same request with its body read, within the limit, into memory: for a library that reads bodies whole. */
export async function boundedRequest(request: Request): Promise<Request> {
  if (!request.body) return request;
  const body = await readBody(request);
  return new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
}
