import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Pool as NeonPool, neonConfig } from "@neondatabase/serverless";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import ws from "ws";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Driver = "pglite" | "postgres" | "neon";

export type DatabaseHandle = {
  db: Database;
  driver: Driver;
  close: () => Promise<void>;
};

export type DatabaseConfig =
  | { driver: "pglite"; dataDir: string }
  | { driver: "postgres" | "neon"; url: string };

/** Picks the driver the way the README describes: no URL → PGlite, *.neon.tech → Neon, else node-postgres. */
export function resolveDatabaseConfig(e = env()): DatabaseConfig {
  const url = e.DATABASE_URL;
  if (!url) return { driver: "pglite", dataDir: path.resolve(e.DATA_DIR, "pglite") };
  const driver = e.DATABASE_DRIVER ?? (new URL(url).hostname.endsWith(".neon.tech") ? "neon" : "postgres");
  if (driver === "pglite") return { driver, dataDir: path.resolve(e.DATA_DIR, "pglite") };
  return { driver, url };
}

/**
 * A pool emits "error" when an idle connection is ended under it (the server
 * restarted, an administrator or a proxy cut it); unheard, that event is an
 * uncaught exception that takes the process down. The pool drops that
 * connection and opens another for the next query, so a line in the log is all
 * it needs.
 */
function logIdleConnectionErrors(pool: { on(event: "error", listener: (error: Error) => void): unknown }) {
  pool.on("error", (error) => console.error(`A pooled database connection ended: ${error.message}`));
}

export function createDatabase(config: DatabaseConfig): DatabaseHandle {
  switch (config.driver) {
    case "pglite": {
      fs.mkdirSync(config.dataDir, { recursive: true });
      const client = new PGlite(config.dataDir);
      return {
        driver: "pglite",
        db: drizzlePglite({ client, schema }) as unknown as Database,
        close: () => client.close(),
      };
    }
    case "postgres": {
      const pool = new pg.Pool({ connectionString: config.url, max: 10 });
      logIdleConnectionErrors(pool);
      return {
        driver: "postgres",
        db: drizzlePg({ client: pool, schema }) as unknown as Database,
        close: () => pool.end(),
      };
    }
    case "neon": {
      // Node 20 has no global WebSocket; the Pool (not the HTTP driver) is used
      // because Better-Auth and account deletion need transactions.
      neonConfig.webSocketConstructor ??= ws;
      const pool = new NeonPool({ connectionString: config.url });
      logIdleConnectionErrors(pool);
      return {
        driver: "neon",
        db: drizzleNeon({ client: pool, schema }) as unknown as Database,
        close: () => pool.end(),
      };
    }
  }
}
