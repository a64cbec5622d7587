import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, request } from "../support/http";
import { validBackground } from "../support/fixtures";

type Setup = () => Promise<{ teardown: () => Promise<void> } | { skip: string }>;

/**
 * The data layer and auth, end to end through the real route handlers, run
 * once per database driver. `setup` points the app's environment at a fresh
 * database before any app module is imported.
 */
export function dataLayerSuite(driver: "pglite" | "postgres" | "neon", setup: Setup) {
  describe(`data layer and auth on ${driver}`, () => {
    let skip: string | null = null;
    let teardown = async () => {};
    let app: Awaited<ReturnType<typeof loadApp>>;

    async function loadApp() {
      const db = await import("@/db");
      const schema = await import("@/db/schema");
      const auth = await import("@/lib/auth");
      const authRoute = await import("@/app/api/auth/[...all]/route");
      const backgroundRoute = await import("@/app/api/background/route");
      const exportRoute = await import("@/app/api/account/export/route");
      const client = await import("@/db/client");
      const migrate = await import("@/db/migrate");
      return { db, schema, auth, authRoute, backgroundRoute, exportRoute, client, migrate };
    }

    beforeAll(async () => {
      const result = await setup();
      if ("skip" in result) {
        skip = result.skip;
        return;
      }
      teardown = result.teardown;
      // The tests stand in for a proxy that sets X-Forwarded-For (their `ip`).
      process.env.TRUSTED_PROXY_HEADER = "x-forwarded-for";
      app = await loadApp();
      if (driver !== "pglite") {
        const handle = app.client.createDatabase(app.client.resolveDatabaseConfig());
        await app.migrate.migrateDatabase(handle);
        await handle.close();
      }
    });

    afterAll(async () => {
      if (app) await app.db.closeDb();
      await teardown();
    });

    const auth = (path: string, init: Parameters<typeof request>[1] = {}) =>
      app.authRoute.POST(request(`/api/auth${path}`, init));

    async function signUp(email: string, jar = new CookieJar(), ip = "198.51.100.7") {
      const response = jar.store(
        await auth("/sign-up/email", { body: { name: "Test Learner", email, password: "correct-horse" }, ip }),
      );
      expect(response.status, await response.clone().text()).toBe(200);
      const { user } = (await response.json()) as { user: { id: string } };
      return { jar, userId: user.id };
    }

    const putBackground = (jar: CookieJar, body: unknown) =>
      app.backgroundRoute.PUT(request("/api/background", { method: "PUT", body, jar }));
    const getBackground = async (jar: CookieJar) =>
      (await (await app.backgroundRoute.GET(request("/api/background", { jar }))).json()) as {
        background: Record<string, unknown> | null;
      };

    it("applies every migration", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const db = await app.db.getDb();
      // Every driver here returns a node-postgres-shaped result with `rows`.
      const { rows } = (await db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      )) as unknown as { rows: { table_name: string }[] };
      expect(rows.map((row) => row.table_name)).toEqual(
        expect.arrayContaining(["user", "session", "account", "verification", "rate_limit", "user_background", "conversations", "messages"]),
      );
    });

    it("signs up, keeps a session, signs out and signs in again", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const { jar } = await signUp("ada@example.com");
      const session = await app.auth.getSession(request("/", { jar }).headers);
      expect(session?.user.email).toBe("ada@example.com");

      jar.store(await auth("/sign-out", { body: {}, jar }));
      expect(await app.auth.getSession(request("/", { jar }).headers)).toBeNull();

      const wrong = await auth("/sign-in/email", { body: { email: "ada@example.com", password: "not-the-one" }, ip: "198.51.100.8" });
      expect(wrong.status).toBe(401);
      expect(((await wrong.json()) as { code: string }).code).toBe("INVALID_EMAIL_OR_PASSWORD");

      const again = new CookieJar();
      const ok = again.store(
        await auth("/sign-in/email", { body: { email: "ada@example.com", password: "correct-horse" }, ip: "198.51.100.8" }),
      );
      expect(ok.status).toBe(200);
      expect((await app.auth.getSession(request("/", { jar: again }).headers))?.user.email).toBe("ada@example.com");
    });

    it("refuses a duplicate email and a short password", async (ctx) => {
      if (skip) return ctx.skip(skip);
      await signUp("dup@example.com");
      const duplicate = await auth("/sign-up/email", {
        body: { name: "Again", email: "dup@example.com", password: "correct-horse" },
      });
      expect(duplicate.status).toBe(422);
      expect(((await duplicate.json()) as { code: string }).code).toMatch(/^USER_ALREADY_EXISTS/);
      const short = await auth("/sign-up/email", { body: { name: "Short", email: "short@example.com", password: "1234567" } });
      expect(short.status).toBe(400);
      expect(((await short.json()) as { code: string }).code).toBe("PASSWORD_TOO_SHORT");
    });

    it("serves a session from the cookie cache without reading the session table", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const { jar, userId } = await signUp("cache@example.com");
      expect(jar.header()).toContain("session_data");
      const db = await app.db.getDb();
      // With the row gone, only the signed cookie cache can still answer.
      await db.delete(app.schema.session).where(eq(app.schema.session.userId, userId));
      const cached = await app.auth.getSession(request("/", { jar }).headers);
      expect(cached?.user.id).toBe(userId);
      jar.drop("session_data");
      expect(await app.auth.getSession(request("/", { jar }).headers)).toBeNull();
    });

    it("remembers a verified session for the same cookies only", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const { jar, userId } = await signUp("memo@example.com", undefined, "198.51.100.22");
      // Without the cookie cache, Better-Auth has to find the session row.
      jar.drop("session_data");
      const headers = request("/", { jar }).headers;
      expect((await app.auth.getSession(headers))?.user.id).toBe(userId);
      const db = await app.db.getDb();
      await db.delete(app.schema.session).where(eq(app.schema.session.userId, userId));
      expect((await app.auth.getSession(headers))?.user.id).toBe(userId);
      const otherCookies = new Headers({ cookie: `${headers.get("cookie")}; sidebar=open` });
      expect(await app.auth.getSession(otherCookies)).toBeNull();
    });

    it("saves, loads and replaces the caller's background", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const { jar } = await signUp("bg@example.com");
      expect((await getBackground(jar)).background).toBeNull();
      const saved = await putBackground(jar, validBackground);
      expect(saved.status).toBe(200);
      const first = (await getBackground(jar)).background!;
      expect(first).toMatchObject({ ...validBackground, sensors: ["depth_camera", "imu"] });

      const updated = await putBackground(jar, { ...validBackground, gpu: "cloud", goalsNote: "  " });
      expect(updated.status).toBe(200);
      const second = (await getBackground(jar)).background!;
      expect(second.gpu).toBe("cloud");
      expect(second.goalsNote).toBeNull();
      expect(second.completedAt).toEqual(first.completedAt);
    });

    it("rejects invalid answers with a 400 that names the field, and writes nothing", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const { jar } = await signUp("invalid@example.com");
      const cases: [unknown, string][] = [
        [{ ...validBackground, gpu: "quantum" }, "gpu"],
        [{ ...validBackground, goalsNote: "x".repeat(501) }, "goalsNote"],
        [{ ...validBackground, sensors: ["lidar", "lidar"] }, "sensors"],
        [{ ...validBackground, userId: "someone-else" }, "userId"],
        [{ ...validBackground, hoursPerWeek: undefined }, "hoursPerWeek"],
      ];
      for (const [body, field] of cases) {
        const response = await putBackground(jar, body);
        expect(response.status).toBe(400);
        const payload = (await response.json()) as { error: string; fields: Record<string, string> };
        expect(Object.keys(payload.fields).join(",")).toContain(field);
        expect(payload.error).toContain(field);
      }
      const notJson = await putBackground(jar, "{not json");
      expect(notJson.status).toBe(400);
      expect((await getBackground(jar)).background).toBeNull();
    });

    it("requires a session and never crosses users", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const anonymous = await app.backgroundRoute.GET(request("/api/background"));
      expect(anonymous.status).toBe(401);
      expect((await putBackground(new CookieJar(), validBackground)).status).toBe(401);

      const alice = await signUp("alice@example.com");
      const bob = await signUp("bob@example.com");
      await putBackground(alice.jar, validBackground);
      expect((await getBackground(bob.jar)).background).toBeNull();
      await putBackground(bob.jar, { ...validBackground, gpu: "none" });
      expect((await getBackground(alice.jar)).background?.gpu).toBe("rtx_workstation");
      expect((await getBackground(bob.jar)).background?.userId).toBe(bob.userId);

      const exported = (await (await app.exportRoute.GET(request("/api/account/export", { jar: bob.jar }))).json()) as {
        profile: { email: string };
        background: { gpu: string };
      };
      expect(exported.profile.email).toBe("bob@example.com");
      expect(exported.background.gpu).toBe("none");
    });

    it("exports the caller's data as a JSON download", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const { jar, userId } = await signUp("export@example.com");
      await putBackground(jar, validBackground);
      const db = await app.db.getDb();
      await db.insert(app.schema.conversations).values({ id: `c-${userId}`, userId, title: "About QoS" });
      await db.insert(app.schema.messages).values({
        id: `m-${userId}`,
        conversationId: `c-${userId}`,
        role: "user",
        parts: [{ type: "text", text: "What is QoS?" }],
      });
      const response = await app.exportRoute.GET(request("/api/account/export", { jar }));
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.json"$/);
      const data = (await response.json()) as {
        profile: { email: string };
        background: unknown;
        conversations: { title: string; messages: { parts: unknown }[] }[];
      };
      expect(data.profile.email).toBe("export@example.com");
      expect(data.background).toMatchObject({ gpu: "rtx_workstation" });
      expect(data.conversations).toHaveLength(1);
      expect(data.conversations[0]!.messages[0]!.parts).toEqual([{ type: "text", text: "What is QoS?" }]);
      expect(JSON.stringify(data)).not.toContain("password");
    });

    it("deletes an account and, by cascade, every row it owns", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const { jar, userId } = await signUp("leaving@example.com");
      const other = await signUp("staying@example.com");
      await putBackground(jar, validBackground);
      await putBackground(other.jar, validBackground);
      const db = await app.db.getDb();
      await db.insert(app.schema.conversations).values({ id: `c-${userId}`, userId });
      await db.insert(app.schema.messages).values({ id: `m-${userId}`, conversationId: `c-${userId}`, role: "user", parts: [] });

      const wrong = await auth("/delete-user", { body: { password: "not-the-one" }, jar });
      expect(wrong.status).toBe(400);
      expect(await db.select().from(app.schema.user).where(eq(app.schema.user.id, userId))).toHaveLength(1);

      const deleted = await auth("/delete-user", { body: { password: "correct-horse" }, jar });
      expect(deleted.status, await deleted.clone().text()).toBe(200);
      const { schema } = app;
      for (const [table, column] of [
        [schema.user, schema.user.id],
        [schema.session, schema.session.userId],
        [schema.account, schema.account.userId],
        [schema.userBackground, schema.userBackground.userId],
        [schema.conversations, schema.conversations.userId],
      ] as const) {
        expect(await db.select().from(table).where(eq(column, userId))).toHaveLength(0);
      }
      expect(await db.select().from(schema.messages).where(eq(schema.messages.id, `m-${userId}`))).toHaveLength(0);
      expect((await getBackground(other.jar)).background).not.toBeNull();
    });

    it("starts and extends conversations in single statements, refusing a message id used elsewhere", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const { userId } = await signUp("saver@example.com", undefined, "198.51.100.21");
      const db = await app.db.getDb();
      const { conversations, messages } = app.schema;
      const chat = await import("@/db/queries/chat");
      const longAgo = new Date("2020-01-01T00:00:00Z");
      await db.insert(conversations).values([
        { id: `a-${userId}`, userId, updatedAt: longAgo },
        { id: `b-${userId}`, userId, updatedAt: longAgo },
      ]);
      const updatedAt = async (id: string) =>
        (await db.select({ at: conversations.updatedAt }).from(conversations).where(eq(conversations.id, id)))[0]!.at;
      const message = { id: `m1-${userId}`, conversationId: `a-${userId}`, role: "user" as const, parts: [{ type: "text", text: "Hi" }] };

      expect(await chat.saveMessage(db, message)).toBe(true);
      expect((await updatedAt(`a-${userId}`)).getTime()).toBeGreaterThan(longAgo.getTime());
      expect(await chat.saveMessage(db, message)).toBe(true);
      expect(await db.select().from(messages).where(eq(messages.id, message.id))).toHaveLength(1);

      expect(await chat.saveMessage(db, { ...message, conversationId: `b-${userId}`, parts: [] })).toBe(false);
      expect(await updatedAt(`b-${userId}`)).toEqual(longAgo);
      const [kept] = await db.select().from(messages).where(eq(messages.id, message.id));
      expect(kept).toMatchObject({ conversationId: `a-${userId}`, parts: message.parts });

      const started = await chat.startConversation(db, userId, "New chat", { id: `m2-${userId}`, parts: [] });
      expect(started).toMatchObject({ userId, title: "New chat" });
      expect(started!.createdAt).toBeInstanceOf(Date);
      expect(await chat.getHistory(db, userId, started!.id)).toMatchObject([{ id: `m2-${userId}`, role: "user" }]);
      expect(await chat.startConversation(db, userId, "Reused id", { id: message.id, parts: [] })).toBeNull();
      expect(await db.select().from(conversations).where(eq(conversations.userId, userId))).toHaveLength(3);
    });

    it("lets exactly one of 20 concurrent questions through at 14 of 15, on every driver", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const { userId } = await signUp("race@example.com", undefined, "198.51.100.30");
      const db = await app.db.getDb();
      const chat = await import("@/db/queries/chat");
      const { saveWithinQuestionLimit } = await import("@/lib/ai/question-limit");
      const { parseEnv } = await import("@/lib/env");
      const e = parseEnv({ CHAT_MESSAGES_PER_HOUR: "15" });
      const conversation = (await chat.startConversation(db, userId, "Race", { id: `race-0-${userId}`, parts: [] }))!;
      for (let i = 1; i < 14; i++) await chat.saveMessage(db, { id: `race-${i}-${userId}`, conversationId: conversation.id, role: "user", parts: [] });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          saveWithinQuestionLimit(db, { id: userId, guest: false, address: null }, e, (tx) =>
            chat.saveMessage(tx, { id: `race-extra-${i}-${userId}`, conversationId: conversation.id, role: "user", parts: [] }),
          ),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      const refused = outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => (outcome.reason as { status?: number }).status);
      expect(refused).toEqual(Array(19).fill(429));
      expect((await chat.questionsSince(db, userId, new Date(Date.now() - 3600_000))).total).toBe(15);
    });

    it("answers repeated sign-ins with 429 and a retry time, counted in the database", async (ctx) => {
      if (skip) return ctx.skip(skip);
      const ip = "192.0.2.99";
      // Counted per address before the body is looked at, so guesses that are not even
      // email addresses (400, and cheap: no password hashing) use up the allowance too.
      let n = 0;
      const attempt = () => auth("/sign-in/email", { body: { email: `guess-${n++}`, password: "wrong-password" }, ip });
      const statuses: number[] = [];
      for (let i = 0; i < app.auth.AUTH_RATE_LIMITS["/sign-in/email"].max; i++) statuses.push((await attempt()).status);
      expect(statuses.every((status) => status === 400)).toBe(true);
      const limited = await attempt();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("x-retry-after"))).toBeGreaterThan(0);
      expect(((await limited.json()) as { message: string }).message).toMatch(/too many requests/i);

      // A second server instance on the same database sees the same count.
      const db = await app.db.getDb();
      const secondInstance = app.auth.createAuth(db);
      const fromElsewhere = await secondInstance.handler(
        request("/api/auth/sign-in/email", { body: { email: "guess-elsewhere", password: "wrong-password" }, ip }),
      );
      expect(fromElsewhere.status).toBe(429);
      const rows = await db.select().from(app.schema.rateLimit);
      expect(rows.some((row) => row.key.includes(ip))).toBe(true);
    });
  });
}
