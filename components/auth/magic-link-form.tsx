"use client";

import { signIn } from "@/lib/auth-client";
import { Field, FormError } from "./field";
import { useEmailLink } from "./use-email-link";

/** Signs in with a link sent to the account's address instead of a password. */
export function MagicLinkForm({ next, onCancel }: { next: string; onCancel: () => void }) {
  const { error, sentTo, pending, onSubmit } = useEmailLink((email) => signIn.magicLink({ email, callbackURL: next, errorCallbackURL: "/sign-in?link=invalid" }));

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <FormError message={error} />
      {sentTo && (
        <p role="status" className="rounded-md border border-accent/60 px-3 py-2 text-sm">
          If {sentTo} belongs to an account, a sign-in link is on its way. It works once, for 15 minutes.
        </p>
      )}
      <Field id="magic-email" name="email" type="email" label="Email" autoComplete="email" required autoFocus />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Sending…" : "Send me a sign-in link"}
      </button>
      <button type="button" className="btn-ghost w-full" onClick={onCancel}>
        Sign in with a password instead
      </button>
    </form>
  );
}
