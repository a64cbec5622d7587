import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabase, type DatabaseHandle } from "@/db/client";
import { createTestDatabase, postgresUnavailable } from "../support/postgres";

describe("the PostgreSQL pool", () => {
  let skip: string | null = null;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    skip = await postgresUnavailable();
    if (skip) return;
    database = await createTestDatabase();
    handle = createDatabase({ driver: "postgres", url: database.url });
  });

  afterAll(async () => {
    if (skip) return;
    await handle.close();
    await database.drop();
  });

  it("survives an idle connection being terminated, logs it, and answers the next query", async (ctx) => {
    if (skip) return ctx.skip(skip);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { rows } = (await handle.db.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: { pid: number }[] };
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query("select pg_terminate_backend($1)", [rows[0]!.pid]);
    await admin.end();
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringMatching(/pooled database connection ended/)));
    const again = (await handle.db.execute(sql`select 1 as one`)) as unknown as { rows: { one: number }[] };
    expect(again.rows[0]!.one).toBe(1);
    logged.mockRestore();
  });
});
