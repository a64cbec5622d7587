import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { TwoFactorForm } from "@/components/auth/two-factor-form";
import { safeNext } from "@/lib/redirect";

export const metadata: Metadata = { title: "Two-factor code" };

export default async function TwoFactorPage({ searchParams }: PageProps<"/two-factor">) {
  const { next } = await searchParams;
  return (
    <AuthCard title="Enter your code" subtitle="Your account has two-factor authentication on.">
      <TwoFactorForm next={safeNext(typeof next === "string" ? next : null)} />
    </AuthCard>
  );
}
