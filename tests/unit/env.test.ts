import { describe, expect, it } from "vitest";
import { resolveDatabaseConfig } from "@/db/client";
import { ConfigError, parseEnv, socialProviders } from "@/lib/env";

const secret = "s".repeat(32);

describe("environment", () => {
  it("treats empty values, as copied from .env.example, as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", DATABASE_DRIVER: "", BETTER_AUTH_SECRET: "", GITHUB_CLIENT_ID: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATABASE_DRIVER).toBeUndefined();
    expect(resolveDatabaseConfig(env).driver).toBe("pglite");
  });

  it("needs nothing in development", () => {
    const env = parseEnv({});
    expect(env.DATA_DIR).toBe(".data");
    expect(env.hostedProduction).toBe(false);
  });

  it("refuses to start in production on Vercel without DATABASE_URL, saying what to set", () => {
    expect(() => parseEnv({ NODE_ENV: "production", VERCEL: "1", BETTER_AUTH_SECRET: secret })).toThrow(ConfigError);
    expect(() => parseEnv({ NODE_ENV: "production", VERCEL: "1", BETTER_AUTH_SECRET: secret })).toThrow(/DATABASE_URL.*db:migrate/s);
  });

  it("refuses to start in production on Vercel without BETTER_AUTH_SECRET", () => {
    expect(() => parseEnv({ NODE_ENV: "production", VERCEL: "1", DATABASE_URL: "postgres://u@db.example.com/app" })).toThrow(
      /BETTER_AUTH_SECRET/,
    );
  });

  it("starts in production with both set", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      VERCEL: "1",
      DATABASE_URL: "postgres://u@db.example.com/app",
      BETTER_AUTH_SECRET: secret,
    });
    expect(env.hostedProduction).toBe(true);
  });

  it("names a malformed variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "short" })).toThrow(/BETTER_AUTH_SECRET must be at least 32/);
  });

  it("turns social sign-in on only when both id and secret are set", () => {
    expect(socialProviders(parseEnv({}))).toEqual({ github: false, google: false });
    expect(socialProviders(parseEnv({ GITHUB_CLIENT_ID: "id" }))).toEqual({ github: false, google: false });
    expect(socialProviders(parseEnv({ GITHUB_CLIENT_ID: "id", GITHUB_CLIENT_SECRET: "s", GOOGLE_CLIENT_ID: "g", GOOGLE_CLIENT_SECRET: "s" }))).toEqual({
      github: true,
      google: true,
    });
  });
});

describe("database driver selection", () => {
  it("uses PGlite in the data folder when DATABASE_URL is unset", () => {
    const config = resolveDatabaseConfig(parseEnv({ DATA_DIR: "/tmp/x" }));
    expect(config).toEqual({ driver: "pglite", dataDir: "/tmp/x/pglite" });
  });

  it("uses the Neon driver for *.neon.tech hosts", () => {
    const url = "postgresql://me:pw@ep-cool-name-123.eu-central-1.aws.neon.tech/neondb?sslmode=require";
    expect(resolveDatabaseConfig(parseEnv({ DATABASE_URL: url }))).toEqual({ driver: "neon", url });
  });

  it("uses node-postgres for any other Postgres URL", () => {
    const url = "postgres://postgres@127.0.0.1:5432/app";
    expect(resolveDatabaseConfig(parseEnv({ DATABASE_URL: url }))).toEqual({ driver: "postgres", url });
  });

  it("honours an explicit DATABASE_DRIVER", () => {
    const url = "postgres://postgres@127.0.0.1:5432/app";
    expect(resolveDatabaseConfig(parseEnv({ DATABASE_URL: url, DATABASE_DRIVER: "neon" }))).toEqual({ driver: "neon", url });
  });
});
