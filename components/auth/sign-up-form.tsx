"use client";

import { IntentLink } from "@/components/site/intent-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { invalidateBackground } from "@/components/site/background-store";
import { signUp } from "@/lib/auth-client";
import { PASSWORD_MIN_LENGTH } from "@/lib/limits";
import { withNext } from "@/lib/redirect";
import { describeAuthError } from "./auth-errors";
import { Field, FormError } from "./field";
import { SocialButtons, type SocialProviders } from "./social-buttons";

type Errors = Partial<Record<"name" | "email" | "password", string>>;

function validate(form: FormData): Errors {
  const errors: Errors = {};
  if (!String(form.get("name")).trim()) errors.name = "Enter your name.";
  if (!/^\S+@\S+\.\S+$/.test(String(form.get("email")))) errors.email = "Enter a valid email address.";
  if (String(form.get("password")).length < PASSWORD_MIN_LENGTH) {
    errors.password = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  }
  return errors;
}

export function SignUpForm({ next, providers }: { next: string; providers: SocialProviders }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [awaitingVerification, setAwaitingVerification] = useState<string | null>(null);
  const onboarding = withNext("/onboarding", next);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const found = validate(form);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    let retryAfter: string | null = null;
    const email = String(form.get("email")).trim();
    const { data, error: failure } = await signUp.email({
      name: String(form.get("name")).trim(),
      email,
      password: String(form.get("password")),
      // Where the emailed confirmation link lands.
      callbackURL: onboarding,
      fetchOptions: {
        onError: ({ response }) => {
          retryAfter = response.headers.get("X-Retry-After");
        },
      },
    });
    if (failure) {
      const message = describeAuthError(failure, retryAfter);
      if (failure.code?.startsWith("USER_ALREADY_EXISTS")) setErrors({ email: message });
      else setError(message);
      setPending(false);
      return;
    }
    // When the deployment requires a confirmed address, sign-up opens no session until the link is followed.
    if (!data?.token) {
      setAwaitingVerification(email);
      setPending(false);
      return;
    }
    invalidateBackground();
    router.push(onboarding);
    router.refresh();
  }

  if (awaitingVerification) {
    return (
      <p role="status" className="rounded-md border border-accent/60 px-3 py-2 text-sm">
        Almost there: we sent a link to {awaitingVerification}. Open it to confirm your address and sign in.
      </p>
    );
  }

  return (
    <div className="space-y-4">
      <SocialButtons providers={providers} next={onboarding} />
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={error} />
        <Field id="name" name="name" label="Name" autoComplete="name" required error={errors.name} autoFocus />
        <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={errors.email} />
        <Field
          id="password"
          name="password"
          type="password"
          label="Password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          error={errors.password}
        />
        <button type="submit" className="btn-primary w-full" disabled={pending}>
          {pending ? "Creating account…" : "Create account"}
        </button>
      </form>
      <p className="text-center text-sm text-muted">
        Already have an account?{" "}
        <IntentLink href={withNext("/sign-in", next)} className="link">
          Sign in
        </IntentLink>
      </p>
    </div>
  );
}
