import "server-only";
import { z } from "zod";
import { getSession, type Session } from "./auth";

/** An error a person can act on; `status` is the HTTP status it maps to. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 429 | 503,
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

/** Names each invalid field, e.g. { gpu: "Invalid option: expected one of ..." }. */
function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : ((issue as { keys?: string[] }).keys ?? []).join(",") || "body";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** `input` checked against `schema`, or a 400 that names every invalid field. */
function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    throw new AppError(400, `Invalid ${Object.keys(fields).join(", ")}`, fields);
  }
  return parsed.data;
}

export async function parseJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError(400, "The request body must be JSON.");
  }
  return parseInput(schema, body);
}

export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  return parseInput(schema, Object.fromEntries(new URL(request.url).searchParams));
}

export async function requireSession(request: Request): Promise<Session> {
  const session = await getSession(request.headers);
  if (!session) throw new AppError(401, "Sign in to continue.");
  return session;
}

/** Wraps a route handler: AppErrors become their status, anything else a 503 without a stack. */
export function route<Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) {
  return async (request: Request, ...args: Args): Promise<Response> => {
    try {
      return await handler(request, ...args);
    } catch (error) {
      if (error instanceof AppError) return jsonError(error.status, error.message, error.details, error.retryAfter);
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
      return jsonError(503, "The service is temporarily unavailable. Please try again in a moment.");
    }
  };
}
