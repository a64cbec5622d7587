import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Choose a new password" subtitle="Every other device signed in to your account will be signed out.">
      {typeof token === "string" && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="space-y-4">
          <p role="alert" className="rounded-md border border-danger/60 bg-danger/10 px-3 py-2 text-sm text-danger">
            This reset link has expired or was already used.
          </p>
          <IntentLink href="/forgot-password" className="btn-primary w-full">
            Ask for a new link
          </IntentLink>
        </div>
      )}
    </AuthCard>
  );
}
