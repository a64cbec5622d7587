// The app's one error type and how it reaches a client. Free of auth and the
// database, so anything may import it.

/** An error a person can act on; `status` is the HTTP status it maps to. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503,
    message: string,
    readonly details?: Record<string, string>,
    /** Seconds until a rate-limited caller may try again. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function jsonError(status: number, message: string, details?: Record<string, string>, retryAfter?: number) {
  return Response.json(
    { error: message, ...(details && { fields: details }), ...(retryAfter !== undefined && { retryAfter }) },
    { status, headers: retryAfter !== undefined ? { "Retry-After": String(retryAfter) } : undefined },
  );
}

/**
 * What of an error goes in the log. A failed query's error carries the values
 * it was sent, readers' questions and answers among them: only its SQL, which
 * holds placeholders, and the database's error code are kept.
 */
export function loggable(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { query, cause } = error as { query?: unknown; cause?: { code?: unknown; name?: unknown } };
  if (typeof query === "string") {
    const code = typeof cause?.code === "string" ? ` (${cause.code}${typeof cause.name === "string" ? ` ${cause.name}` : ""})` : "";
    return `Database query failed${code}: ${query}`;
  }
  return error.stack ?? `${error.name}: ${error.message}`;
}

export const UNAVAILABLE = "The service is temporarily unavailable. Please try again in a moment.";

/** An AppError as its status and message; anything else as a 503 that reveals nothing (and is logged). */
export function errorResponse(error: unknown, where: string): Response {
  if (error instanceof AppError) return jsonError(error.status, error.message, error.details, error.retryAfter);
  console.error(`${where} failed: ${loggable(error)}`);
  return jsonError(503, UNAVAILABLE);
}
