import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getLiveSession } from "@/lib/auth";
import { emailCanBeSent, env, socialProviders } from "@/lib/env";
import { safeNext } from "@/lib/redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { next: raw, link } = await searchParams;
  const next = safeNext(typeof raw === "string" ? raw : null);
  const session = await getLiveSession();
  // A guest (anonymous session) still needs the form: signing up keeps their conversations.
  if (session && !session.user.isAnonymous) redirect(next);
  return (
    <AuthCard title="Sign in" subtitle="Welcome back. Your tutor history and background are waiting.">
      {(link === "invalid" || link === "two-factor") && (
        <p role="alert" className="rounded-md border border-danger/60 bg-danger/10 px-3 py-2 text-sm text-danger">
          {link === "invalid"
            ? "That sign-in link has expired or was already used. Ask for a new one below."
            : "Your account has two-factor authentication on: sign in with your password, then your code."}
        </p>
      )}
      <SignInForm next={next} providers={socialProviders(env())} emailEnabled={emailCanBeSent(env())} />
    </AuthCard>
  );
}
