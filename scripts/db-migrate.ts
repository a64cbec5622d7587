// Applies db/migrations to the database DATABASE_URL names (or the local PGlite
// folder when it is unset). Run after deploying: `npm run db:migrate`.
import { createDatabase, resolveDatabaseConfig } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { ConfigError } from "../lib/env";

async function main() {
  const config = resolveDatabaseConfig();
  const target = config.driver === "pglite" ? config.dataDir : new URL(config.url).host;
  console.log(`Migrating ${config.driver} database at ${target} …`);
  const started = performance.now();
  const handle = createDatabase(config);
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
  console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
