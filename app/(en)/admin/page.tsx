import type { Metadata } from "next";
import { headers } from "next/headers";
import { IntentLink } from "@/components/site/intent-link";
import { getDb } from "@/db";
import { lastActiveByUser, listAuditEntries } from "@/db/queries/admin";
import { listInstructorInvites } from "@/db/queries/invites";
import { CreateInvite } from "@/components/admin/create-invite";
import { UserActions } from "@/components/admin/user-actions";
import { getAuth } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { isRole } from "@/lib/permissions";
import { requireAdminPage } from "@/lib/roles";
import { SectionCard } from "@/components/site/section-card";

export const metadata: Metadata = { title: "Administration", robots: { index: false } };

const PAGE_SIZE = 20;


export default async function AdminPage({ searchParams }: PageProps<"/admin">) {
  const { session } = await requireAdminPage("/admin");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 200) : "";
  const page = Math.max(1, Math.min(10_000, Number(params.page) || 1));
  const [auth, requestHeaders, db] = await Promise.all([getAuth(), headers(), getDb()]);
  const { users, total } = await auth.api.listUsers({
    headers: requestHeaders,
    query: {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      sortBy: "createdAt",
      sortDirection: "desc",
      ...(q && { searchValue: q, searchField: "email", searchOperator: "contains" }),
    },
  });
  const [lastActive, audit, invites] = await Promise.all([
    lastActiveByUser(db, users.map((u) => u.id)),
    listAuditEntries(db),
    listInstructorInvites(db),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageLink = (n: number) => `/admin?${new URLSearchParams({ ...(q && { q }), page: String(n) })}`;

  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-10">
      <h1 className="font-mono text-2xl font-semibold">Administration</h1>
      <SectionCard title="Users">
        <form method="get" action="/admin" className="flex flex-wrap items-end gap-3" role="search">
          <div className="min-w-0 flex-1 space-y-1">
            <label htmlFor="user-search" className="block text-sm font-medium">
              Search by email
            </label>
            <input id="user-search" name="q" type="search" className="input" defaultValue={q} />
          </div>
          <button type="submit" className="btn-primary">
            Search
          </button>
        </form>
        <p className="text-sm text-muted" role="status">
          {total === 0 ? "No users match." : `${total} user${total === 1 ? "" : "s"}${q ? ` matching “${q}”` : ""} · page ${page} of ${pages}`}
        </p>
        <ul className="space-y-3" aria-label="Users">
          {users.map((u) => {
            const role = isRole(u.role) ? u.role : "student";
            const active = lastActive.get(u.id);
            return (
              <li key={u.id} className="space-y-3 rounded-md border border-border p-4 text-sm" aria-label={u.email}>
                <p className="min-w-0 break-all font-semibold">
                  {u.name} <span className="font-normal text-muted">{u.email}</span>
                </p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-xs sm:grid-cols-[auto_1fr_auto_1fr]">
                  <dt className="text-muted">Role</dt>
                  <dd>
                    {role}
                    {u.banned ? " (banned)" : ""}
                  </dd>
                  <dt className="text-muted">Email</dt>
                  <dd>{u.emailVerified ? "confirmed" : "not confirmed"}</dd>
                  <dt className="text-muted">Two-factor</dt>
                  <dd>{(u as { twoFactorEnabled?: boolean | null }).twoFactorEnabled ? "on" : "off"}</dd>
                  <dt className="text-muted">Guest</dt>
                  <dd>{(u as { isAnonymous?: boolean | null }).isAnonymous ? "yes" : "no"}</dd>
                  <dt className="text-muted">Last active</dt>
                  <dd>{active ? formatDateTime(active) : "never"}</dd>
                  <dt className="text-muted">Joined</dt>
                  <dd>{formatDateTime(new Date(u.createdAt))}</dd>
                  {u.banned && (
                    <>
                      <dt className="text-muted">Ban reason</dt>
                      <dd>{u.banReason ?? "none given"}</dd>
                    </>
                  )}
                </dl>
                {u.id !== session.user.id && <UserActions userId={u.id} email={u.email} role={role} banned={Boolean(u.banned)} />}
              </li>
            );
          })}
        </ul>
        {pages > 1 && (
          <nav aria-label="Pages of users" className="flex gap-3 text-sm">
            {page > 1 && (
              <IntentLink href={pageLink(page - 1)} className="link">
                Previous page
              </IntentLink>
            )}
            {page < pages && (
              <IntentLink href={pageLink(page + 1)} className="link">
                Next page
              </IntentLink>
            )}
          </nav>
        )}
      </SectionCard>
      <SectionCard title="Instructor invites">
        <p className="text-sm text-muted">
          An invite link makes the confirmed account that opens it an instructor. Each link works once, for 7 days.
        </p>
        <CreateInvite />
        {invites.length > 0 && (
          <ul className="divide-y divide-border rounded-md border border-border text-sm" aria-label="Invites">
            {invites.map((invite) => (
              <li key={invite.id} className="px-4 py-2">
                Created {formatDateTime(invite.createdAt)} ·{" "}
                {invite.usedAt
                  ? `used by ${invite.usedByEmail ?? "a deleted account"} on ${formatDateTime(invite.usedAt)}`
                  : invite.expiresAt < new Date()
                    ? "expired"
                    : `open until ${formatDateTime(invite.expiresAt)}`}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <SectionCard title="Audit log">
        {audit.length === 0 ? (
          <p className="text-sm text-muted">No administrative actions yet.</p>
        ) : (
          // Focusable, so a keyboard can scroll the table sideways on a phone.
          <div className="overflow-x-auto" role="region" aria-label="Audit log, scrollable" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">The latest administrative actions, newest first</caption>
              <thead className="text-muted">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">When</th>
                  <th scope="col" className="py-1 pr-4 font-medium">Who</th>
                  <th scope="col" className="py-1 pr-4 font-medium">What</th>
                  <th scope="col" className="py-1 pr-4 font-medium">Whom</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {audit.map((entry) => (
                  <tr key={entry.id}>
                    <td className="whitespace-nowrap py-1 pr-4">{formatDateTime(entry.createdAt)}</td>
                    <td className="break-all py-1 pr-4">{entry.actorEmail}</td>
                    <td className="py-1 pr-4">
                      {entry.action}
                      {entry.detail ? `: ${entry.detail}` : ""}
                    </td>
                    <td className="break-all py-1 pr-4">{entry.targetEmail ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </SectionCard>
    </div>
  );
}
