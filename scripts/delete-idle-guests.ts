// Deletes guest accounts idle for GUEST_IDLE_DAYS (default 30) from the
// database DATABASE_URL names (or the local PGlite folder): what the daily
// cron route does, by hand. `npm run guests:delete-idle`
import { createDatabase, resolveDatabaseConfig } from "../db/client";
import { deleteIdleGuests } from "../db/queries/guests";
import { env } from "../lib/env";

const handle = createDatabase(resolveDatabaseConfig());
try {
  const days = env().GUEST_IDLE_DAYS;
  const deleted = await deleteIdleGuests(handle.db, new Date(Date.now() - days * 24 * 60 * 60 * 1000));
  console.log(`Deleted ${deleted} guest account${deleted === 1 ? "" : "s"} idle for ${days} days or more.`);
} finally {
  await handle.close();
}
