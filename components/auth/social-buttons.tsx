"use client";

import { useState } from "react";
import { signIn } from "@/lib/auth-client";

export type SocialProviders = { github: boolean; google: boolean };

const LABELS = { github: "Continue with GitHub", google: "Continue with Google" } as const;

/** Renders only the providers whose credentials are configured on the server. */
export function SocialButtons({ providers, next }: { providers: SocialProviders; next: string }) {
  const [pending, setPending] = useState<keyof SocialProviders | null>(null);
  const enabled = (Object.keys(LABELS) as (keyof SocialProviders)[]).filter((p) => providers[p]);
  if (enabled.length === 0) return null;
  return (
    <div className="space-y-2">
      {enabled.map((provider) => (
        <button
          key={provider}
          type="button"
          className="btn-ghost w-full"
          disabled={pending !== null}
          onClick={async () => {
            setPending(provider);
            await signIn.social({ provider, callbackURL: next });
            setPending(null);
          }}
        >
          {pending === provider ? "Redirecting…" : LABELS[provider]}
        </button>
      ))}
      <p className="py-2 text-center text-xs text-muted">or with email</p>
    </div>
  );
}
