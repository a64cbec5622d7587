import type { Metadata } from "next";
import { headers } from "next/headers";
import { IntentLink } from "@/components/site/intent-link";
import { getDb } from "@/db";
import { currentAccess } from "@/db/queries/admin";
import { getBackground } from "@/db/queries/background";
import { classesOfStudent } from "@/db/queries/classes";
import { LeaveClass } from "@/components/classes/class-actions";
import { ChangeEmail } from "@/components/account/change-email";
import { ChangePassword } from "@/components/account/change-password";
import { DeleteAccount } from "@/components/account/delete-account";
import { Passkeys } from "@/components/account/passkeys";
import { TwoFactor } from "@/components/account/two-factor";
import { SessionsCard } from "@/components/account/sessions-card";
import { BackgroundForm } from "@/components/onboarding/background-form";
import { getAuth, requirePageSession } from "@/lib/auth";
import { emailCanBeSent, env } from "@/lib/env";
import { toAnswers } from "@/lib/background/answers";
import { formatDate } from "@/lib/format";
import { SectionCard } from "@/components/site/section-card";

export const metadata: Metadata = { title: "Your account" };


export default async function AccountPage() {
  const session = await requirePageSession("/account");
  const [auth, requestHeaders] = await Promise.all([getAuth(), headers()]);
  const db = await getDb();
  const [background, sessions, accounts, access, passkeys, classes] = await Promise.all([
    getBackground(db, session.user.id),
    auth.api.listSessions({ headers: requestHeaders }),
    auth.api.listUserAccounts({ headers: requestHeaders }),
    // The role as it is now: an admin may have changed it since this session's cookie was signed.
    currentAccess(db, session.user.id),
    auth.api.listPasskeys({ headers: requestHeaders }),
    classesOfStudent(db, session.user.id),
  ]);
  const hasPassword = accounts.some((a) => a.providerId === "credential");
  const mail = emailCanBeSent(env());

  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-10">
      <h1 className="font-mono text-2xl font-semibold">Your account</h1>
      <SectionCard title="Profile">
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-muted">Name</dt>
          <dd>{session.user.name}</dd>
          <dt className="text-muted">Role</dt>
          <dd>{access?.role ?? "student"}</dd>
          <dt className="text-muted">Email</dt>
          <dd>
            {session.user.email}{" "}
            <span className="text-muted">({session.user.emailVerified ? "confirmed" : "not confirmed yet"})</span>
          </dd>
        </dl>
        {mail && <ChangeEmail current={session.user.email} />}
      </SectionCard>
      {hasPassword && (
        <SectionCard title="Password">
          <ChangePassword />
        </SectionCard>
      )}
      {hasPassword && (
        <SectionCard title="Two-factor authentication">
          <TwoFactor enabled={Boolean(access?.twoFactorEnabled)} />
        </SectionCard>
      )}
      <SectionCard title="Your classes">
        {classes.length === 0 ? (
          <p className="text-sm text-muted">You are in no class.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {classes.map((row) => (
              <li key={row.id} className="flex items-center justify-between gap-3">
                <span>
                  {row.name}
                  {row.term && <span className="text-muted"> · {row.term}</span>}
                </span>
                <LeaveClass classId={row.id} name={row.name} />
              </li>
            ))}
          </ul>
        )}
        <IntentLink href="/join" className="text-sm text-accent underline">
          Join a class with a code
        </IntentLink>
      </SectionCard>
      <SectionCard title="Your background">
        {background ? (
          <p className="text-sm text-muted">
            The tutor adapts its answers to these. Last updated{" "}
            {formatDate(background.updatedAt)}.
          </p>
        ) : (
          <p className="text-sm text-muted">
            You skipped the questionnaire. Answer below, or{" "}
            <IntentLink href="/onboarding?next=/account" className="link">
              take it step by step
            </IntentLink>
            .
          </p>
        )}
        <BackgroundForm mode="edit" initial={toAnswers(background)} />
      </SectionCard>
      <SectionCard title="Passkeys">
        <Passkeys
          passkeys={passkeys.map((p) => ({ id: p.id, name: p.name ?? null, createdAt: p.createdAt ? new Date(p.createdAt).toISOString() : null }))}
        />
      </SectionCard>
      <SectionCard title="Active sessions">
        <SessionsCard
          sessions={sessions.map((s) => ({
            id: s.id,
            userAgent: s.userAgent ?? null,
            ipAddress: s.ipAddress ?? null,
            createdAt: new Date(s.createdAt).toISOString(),
            current: s.token === session.session.token,
          }))}
        />
      </SectionCard>
      <SectionCard title="Your data">
        <p className="text-sm text-muted">Download your profile, background answers, conversations and messages as JSON.</p>
        <a href="/api/account/export" download className="btn-ghost">
          Export my data
        </a>
      </SectionCard>
      <SectionCard title="Delete account">
        <DeleteAccount hasPassword={hasPassword} />
      </SectionCard>
    </div>
  );
}
