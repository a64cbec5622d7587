import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CookieJar, request } from "../support/http";
import { startMailServer } from "../support/mail-server";
import { removeDir } from "../support/remove-dir";

const ADMIN = "head@example.com";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "admin-"));
const mail = await startMailServer();
vi.stubEnv("DATABASE_URL", "");
vi.stubEnv("DATA_DIR", dataDir);
vi.stubEnv("SMTP_URL", mail.url);
vi.stubEnv("ADMIN_EMAILS", ` ${ADMIN.toUpperCase()} , other-admin@example.com`);
vi.stubEnv("TRUSTED_PROXY_HEADER", "x-forwarded-for");

const { closeDb, getDb } = await import("@/db");
const { currentAccess, listAuditEntries } = await import("@/db/queries/admin");
const { createDatabase } = await import("@/db/client");
const { migrateDatabase } = await import("@/db/migrate");
const authRoute = await import("@/app/api/auth/[...all]/route");
const invitesRoute = await import("@/app/api/admin/invites/route");
const redeemRoute = await import("@/app/api/invites/redeem/route");
const exportRoute = await import("@/app/api/account/export/route");

afterAll(async () => {
  await closeDb();
  await mail.close();
  removeDir(dataDir);
  vi.unstubAllEnvs();
});

let seq = 0;
const ip = () => `198.18.1.${seq++ % 250}`;
const auth = (route: string, init: { body?: unknown; jar?: CookieJar; method?: string } = {}) => {
  const response = authRoute[init.body === undefined && init.method !== "POST" ? "GET" : "POST"](
    request(`/api/auth${route}`, { ...init, ip: ip() }),
  );
  return response.then((r) => (init.jar ? init.jar.store(r) : r));
};

async function follow(link: string, jar: CookieJar) {
  const url = new URL(link);
  return auth(url.pathname.replace(/^\/api\/auth/, "") + url.search, { jar });
}

async function signUp(email: string, { verify = true } = {}) {
  const jar = new CookieJar();
  const response = await auth("/sign-up/email", { body: { name: "Someone", email, password: "correct-horse" }, jar });
  expect(response.status).toBe(200);
  if (verify) await follow((await mail.waitFor(email)).links[0]!, jar);
  const { user } = (await (await auth("/get-session", { jar })).json()) as { user: { id: string; role: string } };
  return { jar, id: user.id };
}

async function guest() {
  const jar = new CookieJar();
  expect((await auth("/sign-in/anonymous", { method: "POST", body: {}, jar })).status).toBe(200);
  return jar;
}

const roleOf = async (id: string) => (await currentAccess(await getDb(), id))?.role;
const sessionOf = async (jar: CookieJar) => (await (await auth("/get-session", { jar })).json()) as { user: { role: string } } | null;

let admin: Awaited<ReturnType<typeof signUp>>;
let student: Awaited<ReturnType<typeof signUp>>;

beforeAll(async () => {
  admin = await signUp(ADMIN);
  student = await signUp("learner@example.com");
});

describe("roles", () => {
  it("makes a new account a student", async () => {
    expect(await roleOf(student.id)).toBe("student");
  });

  it("makes an ADMIN_EMAILS address an admin once confirmed, not before", async () => {
    const { id, jar } = await signUp("other-admin@example.com", { verify: false });
    expect(await roleOf(id)).toBe("student");
    await follow((await mail.waitFor("other-admin@example.com")).links[0]!, jar);
    expect(await roleOf(id)).toBe("admin");
    expect(await roleOf(admin.id)).toBe("admin");
    const audit = await listAuditEntries(await getDb());
    expect(audit).toContainEqual(expect.objectContaining({ actorEmail: "ADMIN_EMAILS", action: "set role", targetEmail: "other-admin@example.com", detail: "admin" }));
  });

  const adminCalls: [string, unknown][] = [
    ["/admin/list-users", undefined],
    ["/admin/get-user?id=x", undefined],
    ["/admin/set-role", { userId: "x", role: "admin" }],
    ["/admin/ban-user", { userId: "x" }],
    ["/admin/unban-user", { userId: "x" }],
    ["/admin/revoke-user-sessions", { userId: "x" }],
    ["/admin/remove-user", { userId: "x" }],
    ["/admin/list-user-sessions", { userId: "x" }],
    ["/admin/create-user", { email: "made@example.com", password: "correct-horse", name: "Made" }],
    ["/admin/set-user-password", { userId: "x", newPassword: "correct-horse" }],
    ["/admin/impersonate-user", { userId: "x" }],
  ];

  it("refuses every admin endpoint to a student and a guest (403) and to no session (401)", async () => {
    const guestJar = await guest();
    for (const [route, body] of adminCalls) {
      const target = body && typeof body === "object" && "userId" in body ? { ...body, userId: admin.id } : body;
      expect((await auth(route, { body: target, jar: student.jar.clone() })).status, `student ${route}`).toBe(403);
      expect((await auth(route, { body: target, jar: guestJar.clone() })).status, `guest ${route}`).toBe(403);
      expect((await auth(route, { body: target })).status, `signed out ${route}`).toBe(401);
    }
    const invite = (jar?: CookieJar) => invitesRoute.POST(request("/api/admin/invites", { body: {}, jar }));
    expect((await invite(student.jar)).status).toBe(403);
    expect((await invite(guestJar)).status).toBe(403);
    expect((await invite()).status).toBe(401);
    expect(await roleOf(student.id)).toBe("student");
  });

  it("a role change counts on the target's next request", async () => {
    const target = await signUp("promoted@example.com");
    expect((await sessionOf(target.jar))?.user.role).toBe("student");
    const response = await auth("/admin/set-role", { body: { userId: target.id, role: "instructor" }, jar: admin.jar });
    expect(response.status).toBe(200);
    expect((await sessionOf(target.jar))?.user.role).toBe("instructor");
    expect((await auth("/admin/set-role", { body: { userId: target.id, role: "superuser" }, jar: admin.jar })).status).toBe(400);
  });

  it("a ban with a reason ends the user's sessions at once and refuses sign-in until lifted; every action is audited", async () => {
    const target = await signUp("troublesome@example.com");
    const ban = await auth("/admin/ban-user", { body: { userId: target.id, banReason: "Spamming the tutor" }, jar: admin.jar });
    expect(ban.status).toBe(200);
    expect(await sessionOf(target.jar)).toBeNull();
    expect((await exportRoute.GET(request("/api/account/export", { jar: target.jar }))).status).toBe(401);
    const signIn = await auth("/sign-in/email", { body: { email: "troublesome@example.com", password: "correct-horse" } });
    expect(signIn.status).toBe(403);
    expect(((await signIn.json()) as { code: string }).code).toBe("BANNED_USER");

    expect((await auth("/admin/unban-user", { body: { userId: target.id }, jar: admin.jar })).status).toBe(200);
    expect((await auth("/sign-in/email", { body: { email: "troublesome@example.com", password: "correct-horse" } })).status).toBe(200);

    const audit = await listAuditEntries(await getDb());
    expect(audit).toContainEqual(
      expect.objectContaining({ actorId: admin.id, actorEmail: ADMIN, action: "banned", targetId: target.id, targetEmail: "troublesome@example.com", detail: "Spamming the tutor" }),
    );
    expect(audit).toContainEqual(expect.objectContaining({ actorEmail: ADMIN, action: "lifted the ban", targetEmail: "troublesome@example.com" }));
  });

  it("revokes a user's sessions, and deletes a user with the deletion audited under their address", async () => {
    const target = await signUp("leaving@example.com");
    expect((await auth("/admin/revoke-user-sessions", { body: { userId: target.id }, jar: admin.jar })).status).toBe(200);
    expect(await sessionOf(target.jar)).toBeNull();
    expect((await auth("/admin/remove-user", { body: { userId: target.id }, jar: admin.jar })).status).toBe(200);
    expect(await currentAccess(await getDb(), target.id)).toBeNull();
    const audit = await listAuditEntries(await getDb());
    expect(audit).toContainEqual(expect.objectContaining({ action: "revoked all sessions", targetEmail: "leaving@example.com" }));
    expect(audit).toContainEqual(expect.objectContaining({ action: "deleted the account", targetId: target.id, targetEmail: "leaving@example.com" }));
  });

  it("a refused admin action writes no audit line", async () => {
    const before = (await listAuditEntries(await getDb(), 1000)).length;
    await auth("/admin/ban-user", { body: { userId: admin.id }, jar: student.jar.clone() });
    await auth("/admin/set-role", { body: { userId: "no-such-user", role: "admin" }, jar: admin.jar });
    expect((await listAuditEntries(await getDb(), 1000)).length).toBe(before);
  });
});

describe("instructor invites", () => {
  const createInvite = async () => {
    const response = await invitesRoute.POST(request("/api/admin/invites", { body: {}, jar: admin.jar }));
    expect(response.status).toBe(200);
    return new URL(((await response.json()) as { url: string }).url).pathname.split("/").pop()!;
  };
  const redeem = (jar: CookieJar, token: string) => redeemRoute.POST(request("/api/invites/redeem", { body: { token }, jar }));

  it("makes a confirmed student an instructor once per invite", async () => {
    const token = await createInvite();
    const unconfirmed = await signUp("unconfirmed@example.com", { verify: false });
    const refused = await redeem(unconfirmed.jar, token);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Confirm your email/);
    expect(await roleOf(unconfirmed.id)).toBe("student");

    const teacher = await signUp("teacher@example.com");
    expect((await redeem(teacher.jar, token)).status).toBe(200);
    expect(await roleOf(teacher.id)).toBe("instructor");

    const second = await signUp("second@example.com");
    expect((await redeem(second.jar, token)).status).toBe(404);
    expect(await roleOf(second.id)).toBe("student");
    expect(await listAuditEntries(await getDb())).toContainEqual(expect.objectContaining({ action: "redeemed an instructor invite", targetEmail: "teacher@example.com" }));
  });

  it("refuses an expired invite, a made-up token and a guest", async () => {
    const token = await createInvite();
    const late = await signUp("late-teacher@example.com");
    expect((await redeem(await guest(), token)).status).toBe(403);
    expect((await redeem(late.jar, "made-up-token")).status).toBe(404);
    const { createInstructorInvite } = await import("@/db/queries/invites");
    const expired = await createInstructorInvite(await getDb(), admin.id, new Date(Date.now() - 1000));
    expect((await redeem(late.jar, expired.token)).status).toBe(404);
    expect((await redeem(late.jar, token)).status).toBe(200);
    expect(await roleOf(late.id)).toBe("instructor");
  });
});

describe("npm run admin:grant", () => {
  it("makes an existing account an admin, and says so when there is none", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "admin-grant-"));
    try {
      const handle = createDatabase({ driver: "pglite", dataDir: path.join(dir, "pglite") });
      await migrateDatabase(handle);
      const { user } = await import("@/db/schema");
      await handle.db.insert(user).values({ id: "u1", name: "First", email: "first@example.com" });
      await handle.close();

      const run = (email: string) =>
        spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/admin-grant.ts", email], {
          env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "", NODE_ENV: "test" },
          encoding: "utf8",
        });
      const missing = run("nobody@example.com");
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain("No account uses nobody@example.com");
      const granted = run("First@Example.com");
      expect(granted.stdout).toContain("first@example.com is now an admin");

      const reopened = createDatabase({ driver: "pglite", dataDir: path.join(dir, "pglite") });
      expect((await currentAccess(reopened.db, "u1"))?.role).toBe("admin");
      await reopened.close();
    } finally {
      removeDir(dir);
    }
  }, 60_000);
});
