import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  VERCEL: optional,
  // Set by Vercel: the production domain, for absolute links when BETTER_AUTH_URL is not set.
  VERCEL_PROJECT_PRODUCTION_URL: optional,
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  DATABASE_DRIVER: optional.pipe(z.enum(["pglite", "postgres", "neon"]).optional()),
  DATA_DIR: z.string().default(".data"),
  CONTENT_DIR: z.string().default("content"),
  CONTENT_EDIT_URL: optional.pipe(z.url().optional()),
  BETTER_AUTH_SECRET: optional.pipe(
    z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ),
  BETTER_AUTH_URL: optional.pipe(z.url().optional()),
  PORT: z.coerce.number().int().positive().default(3000),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional.pipe(z.url().optional()),
  OPENAI_MODEL: optional,
  UPSTASH_VECTOR_REST_URL: optional.pipe(z.url().optional()),
  UPSTASH_VECTOR_REST_TOKEN: optional,
  MODEL_FIRST_TOKEN_TIMEOUT_SECONDS: z.coerce.number().positive().default(30),
  MODEL_IDLE_TIMEOUT_SECONDS: z.coerce.number().positive().default(20),
  RAG_TOP_K: z.coerce.number().int().min(1).max(20).default(5),
  CHAT_MESSAGES_PER_HOUR: z.coerce.number().int().positive().default(60),
  GUEST_MESSAGES_PER_HOUR: z.coerce.number().int().positive().default(15),
  TRUSTED_PROXY_HEADER: optional.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, "must be a header name, e.g. x-forwarded-for")
      .transform((name) => name.toLowerCase())
      .optional(),
  ),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  GUEST_IDLE_DAYS: z.coerce.number().int().positive().default(30),
  GUEST_ADDRESS_MESSAGES_PER_HOUR: z.coerce.number().int().positive().default(300),
  CRON_SECRET: optional.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  GITHUB_CLIENT_ID: optional,
  GITHUB_CLIENT_SECRET: optional,
  GOOGLE_CLIENT_ID: optional,
  GOOGLE_CLIENT_SECRET: optional,
  SMTP_URL: optional.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com:465")
      .optional(),
  ),
  RESEND_API_KEY: optional,
  RESEND_API_URL: z.url().default("https://api.resend.com"),
  EMAIL_FROM: z.string().trim().min(3).default("Physical AI & Humanoid Robotics <no-reply@localhost>"),
  EMAIL_VERIFICATION: z.enum(["optional", "required"]).default("optional"),
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    ),
});

export type Env = z.infer<typeof envSchema> & {
  /** A deployed production server, where nothing may fall back to local defaults. */
  hostedProduction: boolean;
};

export class ConfigError extends Error {
  name = "ConfigError";
}

/** Reads and validates the environment; throws a ConfigError that says what to set. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join("; ")}`);
  }
  const env = parsed.data;
  const hostedProduction = env.NODE_ENV === "production" && Boolean(env.VERCEL);
  if (hostedProduction && !env.DATABASE_URL) {
    throw new ConfigError(
      "DATABASE_URL is not set. In production the app needs a real Postgres database: " +
        "create one (for example on Neon), set DATABASE_URL in the Vercel project's " +
        "environment variables, and run `npm run db:migrate` against it.",
    );
  }
  if (hostedProduction && !env.BETTER_AUTH_SECRET) {
    throw new ConfigError(
      "BETTER_AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` " +
        "and add it to the Vercel project's environment variables.",
    );
  }
  if (hostedProduction && env.EMAIL_VERIFICATION === "required" && !emailSender(env)) {
    throw new ConfigError(
      "EMAIL_VERIFICATION=required needs a way to send email. Set SMTP_URL (your mail provider's SMTP server) " +
        "or RESEND_API_KEY (Resend's HTTP API) in the Vercel project's environment variables.",
    );
  }
  return { ...env, hostedProduction };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

export const socialProviders = (e: Env) => ({
  github: Boolean(e.GITHUB_CLIENT_ID && e.GITHUB_CLIENT_SECRET),
  google: Boolean(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET),
});

/** How the app sends email: a real sender when one is configured, else the local outbox. */
export function emailSender(e: Pick<Env, "SMTP_URL" | "RESEND_API_KEY">): "smtp" | "resend" | null {
  if (e.SMTP_URL) return "smtp";
  if (e.RESEND_API_KEY) return "resend";
  return null;
}

/**
 * Whether mail reaches people: a real sender, or a local server whose outbox the developer reads.
 * A hosted deployment without a sender offers nothing that would wait for a message nobody gets.
 */
export const emailCanBeSent = (e: Env) => emailSender(e) !== null || !e.hostedProduction;
