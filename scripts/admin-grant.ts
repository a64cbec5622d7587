// Makes an existing account an admin, in the database DATABASE_URL names (or
// the local PGlite folder): how the first admin is made without ADMIN_EMAILS.
//   npm run admin:grant -- someone@example.com
import { z } from "zod";
import { createDatabase, resolveDatabaseConfig } from "../db/client";
import { grantAdminByEmail, recordAdminAction } from "../db/queries/admin";
import { migrateDatabase } from "../db/migrate";

const email = z.email().safeParse(process.argv[2]?.trim().toLowerCase());
if (!email.success) {
  console.error("Usage: npm run admin:grant -- someone@example.com");
  process.exit(2);
}

const handle = createDatabase(resolveDatabaseConfig());
try {
  await migrateDatabase(handle);
  const granted = await grantAdminByEmail(handle.db, email.data);
  if (!granted) {
    console.error(`No account uses ${email.data}. Sign up with it first, then run this again.`);
    process.exitCode = 1;
  } else {
    await recordAdminAction(handle.db, { actorId: null, actorEmail: "npm run admin:grant", action: "set role", targetId: granted.id, targetEmail: email.data, detail: "admin" });
    console.log(`${email.data} is now an admin.`);
  }
} finally {
  await handle.close();
}
