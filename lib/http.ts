import "server-only";
import { z } from "zod";
import { getSession, sessionStillLive, type Session } from "./auth";
import { readBody, refuseDeclaredOversize } from "./body";
import { env } from "./env";
import { AppError, errorResponse } from "./errors";

/**
 * Whether `origin` is this app: the host the request was sent to, or the
 * configured public URL. Compared by host, since a TLS-terminating proxy may
 * hand the server an http:// URL for an https:// page.
 */
function isOwnOrigin(origin: string, request: Request): boolean {
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const configured = env().BETTER_AUTH_URL;
  return host === new URL(request.url).host || (configured !== undefined && host === new URL(configured).host);
}

/**
 * A page on another site (or another port of this one) can make a browser send
 * a form post with the reader's cookies; it cannot send JSON without CORS
 * letting it. So a state-changing request needs this app's Origin, and a body
 * in JSON. Without an Origin it comes from no browser, and JSON still keeps
 * forms out.
 */
function refuseCrossSite(request: Request): void {
  if (!["POST", "PUT", "PATCH", "DELETE"].includes(request.method)) return;
  const origin = request.headers.get("origin");
  if (origin !== null && !isOwnOrigin(origin, request)) throw new AppError(403, "Requests from other sites are not accepted.");
  // The app's deletes carry no body to check (and a browser's cross-site form cannot send one).
  if (request.method === "DELETE") return;
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError(415, "Send the body as JSON (Content-Type: application/json).");
  }
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

/** The JSON body checked against `schema`. Call it after `requireSession`, so a stranger's body is never read. */
export async function parseJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const text = new TextDecoder().decode(await readBody(request));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError(400, "The request body must be JSON.");
  }
  return parseInput(schema, body);
}

export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  return parseInput(schema, Object.fromEntries(new URL(request.url).searchParams));
}

const SIGNED_OUT = "You are signed out. Sign in to continue.";

/**
 * Who the caller's cookies say they are, without asking whether the session has
 * ended since: pair it with `requireLiveSession` in the same round of reads.
 */
export async function identifySession(request: Request): Promise<Session> {
  const session = await getSession(request.headers);
  if (!session) throw new AppError(401, SIGNED_OUT);
  return session;
}

/** Refuses a session that has been ended (signed out, revoked, its account deleted). */
export async function requireLiveSession(session: Session): Promise<void> {
  if (!(await sessionStillLive(session))) throw new AppError(401, SIGNED_OUT);
}

/** The caller's session, refused once it has ended. */
export async function requireSession(request: Request): Promise<Session> {
  const session = await identifySession(request);
  await requireLiveSession(session);
  return session;
}

/** Wraps a route handler: AppErrors become their status, anything else a 503 without a stack. */
export function route<Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) {
  return async (request: Request, ...args: Args): Promise<Response> => {
    try {
      refuseCrossSite(request);
      refuseDeclaredOversize(request);
      return await handler(request, ...args);
    } catch (error) {
      return errorResponse(error, `${request.method} ${new URL(request.url).pathname}`);
    }
  };
}
