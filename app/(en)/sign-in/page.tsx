import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getLiveSession } from "@/lib/auth";
import { env, socialProviders } from "@/lib/env";
import { safeNext } from "@/lib/redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { next: raw } = await searchParams;
  const next = safeNext(typeof raw === "string" ? raw : null);
  const session = await getLiveSession();
  // A guest (anonymous session) still needs the form: signing up keeps their conversations.
  if (session && !session.user.isAnonymous) redirect(next);
  return (
    <AuthCard title="Sign in" subtitle="Welcome back. Your tutor history and background are waiting.">
      <SignInForm next={next} providers={socialProviders(env())} />
    </AuthCard>
  );
}
