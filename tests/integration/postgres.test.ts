import { createTestDatabase, postgresUnavailable } from "../support/postgres";
import { dataLayerSuite } from "./data-layer.suite";

dataLayerSuite("postgres", async () => {
  const unavailable = await postgresUnavailable();
  if (unavailable) return { skip: unavailable };
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_DRIVER = "postgres";
  return { teardown: database.drop };
});
