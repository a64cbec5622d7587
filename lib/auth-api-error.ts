import "server-only";
import { APIError } from "better-auth/api";
import { AppError } from "./errors";

const STATUSES = [400, 401, 403, 404, 409] as const;

/** Runs a Better-Auth server call; its refusals (4xx) become AppErrors with its message. */
export async function authCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof APIError) {
      const status = STATUSES.find((s) => s === error.statusCode) ?? 400;
      throw new AppError(status, error.body?.message ?? error.message);
    }
    throw error;
  }
}
