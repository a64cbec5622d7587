import crypto from "node:crypto";
import pg from "pg";

export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Why the local PostgreSQL cannot be used, or null when it can. CI must have it. */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    const reason = `PostgreSQL at ${ADMIN_URL} is not reachable (${(error as Error).message})`;
    if (process.env.CI === "true") throw new Error(`${reason}; CI requires it.`);
    console.warn(`Skipping PostgreSQL-backed tests: ${reason}.`);
    return reason;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates a throwaway database and returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `textbook_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
