import path from "node:path";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DatabaseHandle } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle-kit migrations; already-applied ones are skipped. */
export async function migrateDatabase({ db, driver }: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder };
  // Each driver ships its own migrator; the query builder underneath is the same.
  const migrators = { pglite: migratePglite, postgres: migratePg, neon: migrateNeon } as const;
  await migrators[driver](db as never, config);
}
