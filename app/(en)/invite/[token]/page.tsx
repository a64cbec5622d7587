import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { AuthCard } from "@/components/auth/auth-card";
import { RedeemInvite } from "@/components/admin/redeem-invite";
import { requirePageAccess } from "@/lib/roles";

export const metadata: Metadata = { title: "Instructor invite", robots: { index: false } };

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const access = await requirePageAccess(`/invite/${encodeURIComponent(token)}`);
  return (
    <AuthCard title="Become an instructor" subtitle="An administrator invited you to teach with this book.">
      {!access ? (
        <p role="alert" className="text-sm">
          Create an account (not a guest session) to accept the invite.
        </p>
      ) : access.role !== "student" ? (
        <p className="text-sm">Your account already has the {access.role} role.</p>
      ) : !access.emailVerified ? (
        <p role="alert" className="text-sm">
          Confirm your email address first (use the link we sent you, or resend it from the banner above), then open this invite again.{" "}
          <IntentLink href="/account" className="link">
            Your account
          </IntentLink>
        </p>
      ) : (
        <RedeemInvite token={token} />
      )}
    </AuthCard>
  );
}
