"use client";

import { IntentLink } from "@/components/site/intent-link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormError } from "@/components/auth/field";
import { invalidateBackground } from "@/components/site/background-store";
import { GOALS_NOTE_MAX } from "@/lib/background/options";
import { ChoiceGroup } from "./choice-group";
import type { Answers } from "@/lib/background/answers";
import { missingAnswers, STEPS, stepOf, type Step } from "./questions";

type Props = {
  initial: Answers;
  /** "wizard": one step at a time after sign-up; "edit": every question on /account. */
  mode: "wizard" | "edit";
  next?: string;
};

type SaveResult = { ok: true } | { ok: false; message: string; fields: Record<string, string> };

async function saveAnswers(answers: Answers): Promise<SaveResult> {
  try {
    const response = await fetch("/api/background", {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sensors: [], goals: [], ...answers }),
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string> };
    if (response.status === 401) return { ok: false, message: "Your session has ended. Sign in again to save.", fields: {} };
    return { ok: false, message: body.error ?? "Could not save your answers. Please try again.", fields: body.fields ?? {} };
  } catch {
    return { ok: false, message: "Could not reach the server. Check your connection and try again.", fields: {} };
  }
}

export function BackgroundForm({ initial, mode, next = "/" }: Props) {
  const router = useRouter();
  const [answers, setAnswers] = useState<Answers>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const [stepIndex, setStepIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [stepIndex]);

  const update = (name: string, value: string | string[]) => {
    setAnswers((current) => ({ ...current, [name]: value }));
    setErrors(({ [name]: _cleared, ...rest }) => rest);
    setSaved(false);
  };

  async function submit() {
    const missing = Object.assign({}, ...STEPS.map((step) => missingAnswers(step, answers))) as Record<string, string>;
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      if (mode === "wizard") setStepIndex(Math.max(0, stepOf(Object.keys(missing)[0]!)));
      return;
    }
    setPending(true);
    setFormError(null);
    const result = await saveAnswers(answers);
    setPending(false);
    if (!result.ok) {
      setErrors(result.fields);
      setFormError(result.message);
      const firstField = Object.keys(result.fields)[0];
      if (mode === "wizard" && firstField) setStepIndex(Math.max(0, stepOf(firstField)));
      return;
    }
    invalidateBackground();
    if (mode === "wizard") {
      router.push(next);
      router.refresh();
    } else {
      setSaved(true);
      router.refresh();
    }
  }

  function goNext() {
    const step = STEPS[stepIndex]!;
    const missing = missingAnswers(step, answers);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    if (stepIndex === STEPS.length - 1) void submit();
    else setStepIndex(stepIndex + 1);
  }

  const renderStep = (step: Step) => (
    <div className="space-y-6">
      {step.questions.map((question) => (
        <ChoiceGroup
          key={question.name}
          question={question}
          value={answers[question.name]}
          error={errors[question.name]}
          onChange={(value) => update(question.name, value)}
        />
      ))}
      {step.note && (
        <div className="space-y-1">
          <label htmlFor="goalsNote" className="block text-sm font-medium">
            Anything else? <span className="text-muted">(optional)</span>
          </label>
          <textarea
            id="goalsNote"
            className="input min-h-24"
            maxLength={GOALS_NOTE_MAX}
            value={answers.goalsNote ?? ""}
            onChange={(event) => update("goalsNote", event.target.value)}
            aria-describedby="goalsNote-count"
          />
          <p id="goalsNote-count" className={`text-xs ${errors.goalsNote ? "text-danger" : "text-muted"}`}>
            {errors.goalsNote ?? `${(answers.goalsNote ?? "").length}/${GOALS_NOTE_MAX} characters`}
          </p>
        </div>
      )}
    </div>
  );

  if (mode === "edit") {
    return (
      <form
        className="space-y-8"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <FormError message={formError} />
        {STEPS.map((step) => (
          <section key={step.title} aria-labelledby={`section-${step.title}`} className="space-y-4">
            <h3 id={`section-${step.title}`} className="font-mono text-sm uppercase tracking-wider text-accent">
              {step.title}
            </h3>
            {renderStep(step)}
          </section>
        ))}
        <div className="flex items-center gap-3">
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? "Saving…" : "Save background"}
          </button>
          <p role="status" className="text-sm text-accent">
            {saved ? "Saved." : ""}
          </p>
        </div>
      </form>
    );
  }

  const step = STEPS[stepIndex]!;
  const last = stepIndex === STEPS.length - 1;
  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        goNext();
      }}
    >
      <div>
        <div className="flex items-center justify-between text-xs text-muted">
          <span>
            Step {stepIndex + 1} of {STEPS.length}
          </span>
          <IntentLink href={next} className="link">
            Skip for now
          </IntentLink>
        </div>
        <div
          className="mt-2 h-1.5 overflow-hidden rounded-full bg-border"
          role="progressbar"
          aria-label="Questionnaire progress"
          aria-valuemin={1}
          aria-valuemax={STEPS.length}
          aria-valuenow={stepIndex + 1}
        >
          <div className="h-full bg-accent transition-all" style={{ width: `${((stepIndex + 1) / STEPS.length) * 100}%` }} />
        </div>
      </div>
      <div>
        <h2 ref={heading} tabIndex={-1} className="font-mono text-lg font-semibold text-accent focus:outline-none">
          {step.title}
        </h2>
        <p className="mt-1 text-sm text-muted">{step.intro}</p>
      </div>
      <FormError message={formError} />
      {renderStep(step)}
      <div className="flex items-center justify-between gap-3 pt-2">
        <button type="button" className="btn-ghost" onClick={() => setStepIndex(stepIndex - 1)} disabled={stepIndex === 0}>
          Back
        </button>
        <button type="submit" className="btn-primary" disabled={pending}>
          {last ? (pending ? "Saving…" : "Finish") : "Next"}
        </button>
      </div>
    </form>
  );
}
