"use client";

import { IntentLink } from "@/components/site/intent-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { invalidateBackground } from "@/components/site/background-store";
import { signIn } from "@/lib/auth-client";
import { withNext } from "@/lib/redirect";
import { describeAuthError } from "./auth-errors";
import { Field, FormError } from "./field";
import { MagicLinkForm } from "./magic-link-form";
import { PasskeyButton } from "./passkey-button";
import { SocialButtons, type SocialProviders } from "./social-buttons";

export function SignInForm({ next, providers, emailEnabled }: { next: string; providers: SocialProviders; emailEnabled: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [byLink, setByLink] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    let retryAfter: string | null = null;
    const { data, error: failure } = await signIn.email({
      email: String(form.get("email")),
      password: String(form.get("password")),
      fetchOptions: {
        onError: ({ response }) => {
          retryAfter = response.headers.get("X-Retry-After");
        },
      },
    });
    if (failure) {
      setError(describeAuthError(failure, retryAfter));
      setPending(false);
      return;
    }
    if (data && "twoFactorRedirect" in data && data.twoFactorRedirect) {
      router.push(withNext("/two-factor", next));
      return;
    }
    invalidateBackground();
    router.push(next);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <SocialButtons providers={providers} next={next} />
      {byLink ? (
        <MagicLinkForm next={next} onCancel={() => setByLink(false)} />
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate={false}>
          <FormError message={error} />
          <Field id="email" name="email" type="email" label="Email" autoComplete="email" required autoFocus />
          <Field id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
          {emailEnabled && (
            <p className="text-right text-sm">
              <IntentLink href="/forgot-password" className="link">
                Forgot password?
              </IntentLink>
            </p>
          )}
          <button type="submit" className="btn-primary w-full" disabled={pending}>
            {pending ? "Signing in…" : "Sign in"}
          </button>
        </form>
      )}
      {!byLink && <PasskeyButton next={next} />}
      {emailEnabled && !byLink && (
        <button type="button" className="btn-ghost w-full" onClick={() => setByLink(true)}>
          Email me a sign-in link
        </button>
      )}
      <p className="text-center text-sm text-muted">
        New here?{" "}
        <IntentLink href={withNext("/sign-up", next)} className="link">
          Create an account
        </IntentLink>
      </p>
    </div>
  );
}
