import type { Metadata } from "next";
import { getDb } from "@/db";
import { getBackground } from "@/db/queries/background";
import { BackgroundForm } from "@/components/onboarding/background-form";
import { QUESTION_COUNT, STEPS } from "@/components/onboarding/questions";
import { requirePageSession } from "@/lib/auth";
import { toAnswers } from "@/lib/background/answers";
import { safeNext, withNext } from "@/lib/redirect";

export const metadata: Metadata = { title: "Tell us about you" };

export default async function OnboardingPage({ searchParams }: PageProps<"/onboarding">) {
  const { next: raw } = await searchParams;
  const next = safeNext(typeof raw === "string" ? raw : null);
  const session = await requirePageSession(withNext("/onboarding", next));
  const background = await getBackground(await getDb(), session.user.id);
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      <div className="card space-y-6">
        <div>
          <h1 className="font-mono text-xl font-semibold">Welcome, {session.user.name.split(" ")[0]}</h1>
          <p className="mt-1 text-sm text-muted">
            {QUESTION_COUNT} quick questions in {STEPS.length} short steps, so the tutor can pitch its answers at your level and to the hardware you have. It takes
            a minute or two; you can change your answers any time on your account page.
          </p>
        </div>
        <BackgroundForm mode="wizard" initial={toAnswers(background)} next={next} />
      </div>
    </div>
  );
}
