import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getLiveSession } from "@/lib/auth";
import { env, socialProviders } from "@/lib/env";
import { safeNext } from "@/lib/redirect";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { next: raw } = await searchParams;
  const next = safeNext(typeof raw === "string" ? raw : null);
  const session = await getLiveSession();
  // A guest (anonymous session) still needs the form: signing up keeps their conversations.
  if (session && !session.user.isAnonymous) redirect(next);
  return (
    <AuthCard title="Create your account" subtitle="Free. Save your tutor conversations and get answers tailored to your background.">
      <SignUpForm next={next} providers={socialProviders(env())} />
    </AuthCard>
  );
}
