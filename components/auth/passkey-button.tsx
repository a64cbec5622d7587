"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { invalidateBackground } from "@/components/site/background-store";
import { authClient } from "@/lib/auth-client";
import { FormError } from "./field";

export function PasskeyButton({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function signInWithPasskey() {
    setPending(true);
    setError(null);
    const result = await authClient.signIn.passkey();
    setPending(false);
    if (result?.error) {
      setError("No passkey of this site was used. Try again, or sign in another way.");
      return;
    }
    invalidateBackground();
    router.push(next);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <FormError message={error} />
      <button type="button" className="btn-ghost w-full" onClick={signInWithPasskey} disabled={pending}>
        {pending ? "Waiting for your passkey…" : "Sign in with a passkey"}
      </button>
    </div>
  );
}
