import "server-only";
import { createDatabase, resolveDatabaseConfig, type Database, type DatabaseHandle } from "./client";
import { migrateDatabase } from "./migrate";

type Instance = { handle: DatabaseHandle; ready: Promise<Database> };

// One instance per process: dev hot reload re-evaluates modules, and two
// PGlite instances must never open the same data folder.
const globalForDb = globalThis as typeof globalThis & { __textbookDb?: Instance };

/** The app's database, migrated first when it is the embedded PGlite. */
export function getDb(): Promise<Database> {
  if (!globalForDb.__textbookDb) {
    const handle = createDatabase(resolveDatabaseConfig());
    const ready =
      handle.driver === "pglite" ? migrateDatabase(handle).then(() => handle.db) : Promise.resolve(handle.db);
    globalForDb.__textbookDb = { handle, ready };
  }
  return globalForDb.__textbookDb.ready;
}

export type { Database } from "./client";

/** Closes the process's database (scripts and tests; servers keep it open). */
export async function closeDb(): Promise<void> {
  const instance = globalForDb.__textbookDb;
  globalForDb.__textbookDb = undefined;
  if (instance) await instance.handle.close();
}
