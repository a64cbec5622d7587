"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { renderSVG } from "uqr";
import { FormError } from "@/components/auth/field";
import { authClient } from "@/lib/auth-client";

type Step = { kind: "idle" } | { kind: "password"; purpose: "enable" | "disable" | "codes" } | { kind: "scan"; totpURI: string; backupCodes: string[] } | { kind: "codes"; backupCodes: string[] };

const secretOf = (totpURI: string) => new URL(totpURI).searchParams.get("secret") ?? "";

function BackupCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-2">
      <p className="text-sm">
        Backup codes: each signs you in once if you lose your authenticator. Save them somewhere safe now; they are not shown again.
      </p>
      <ul aria-label="Backup codes" className="grid grid-cols-2 gap-1 rounded-md border border-border p-3 font-mono text-sm sm:grid-cols-5">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}

/** Turns TOTP two-factor authentication on (QR code, a first code, backup codes once) and off (with the password). */
export function TwoFactor({ enabled }: { enabled: boolean }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function onPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.kind !== "password") return;
    const password = String(new FormData(event.currentTarget).get("password"));
    setPending(true);
    setError(null);
    const wrong = (code?: string) => (code === "INVALID_PASSWORD" ? "That password is not right." : "That did not work. Please try again.");
    if (step.purpose === "enable") {
      const { data, error: failure } = await authClient.twoFactor.enable({ password });
      setPending(false);
      if (failure || data?.method !== "totp") return setError(wrong(failure?.code));
      setStep({ kind: "scan", totpURI: data.totpURI, backupCodes: data.backupCodes });
    } else if (step.purpose === "disable") {
      const { error: failure } = await authClient.twoFactor.disable({ password });
      setPending(false);
      if (failure) return setError(wrong(failure.code));
      setStep({ kind: "idle" });
      setMessage("Two-factor authentication is off.");
      router.refresh();
    } else {
      const { data, error: failure } = await authClient.twoFactor.generateBackupCodes({ password });
      setPending(false);
      if (failure || !data) return setError(wrong(failure?.code));
      setStep({ kind: "codes", backupCodes: data.backupCodes });
    }
  }

  async function onFirstCode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.kind !== "scan") return;
    const code = String(new FormData(event.currentTarget).get("code")).replace(/\s/g, "");
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.twoFactor.verifyTotp({ code });
    setPending(false);
    if (failure) return setError("That code is not right. Check the time on your device and try the next one.");
    setStep({ kind: "codes", backupCodes: step.backupCodes });
    setMessage("Two-factor authentication is on.");
    router.refresh();
  }

  const cancel = (
    <button type="button" className="btn-ghost" onClick={() => (setStep({ kind: "idle" }), setError(null))} disabled={pending}>
      Cancel
    </button>
  );

  return (
    <div className="space-y-4">
      <FormError message={error} />
      <p role="status" className="text-sm text-muted">
        {message ?? (enabled ? "On: signing in asks for a code from your authenticator app." : "Off: a password alone signs you in.")}
      </p>
      {step.kind === "idle" &&
        (enabled ? (
          <div className="flex flex-wrap gap-3">
            <button type="button" className="btn-ghost" onClick={() => setStep({ kind: "password", purpose: "codes" })}>
              New backup codes
            </button>
            <button type="button" className="btn-danger" onClick={() => setStep({ kind: "password", purpose: "disable" })}>
              Turn off two-factor
            </button>
          </div>
        ) : (
          <button type="button" className="btn-primary" onClick={() => setStep({ kind: "password", purpose: "enable" })}>
            Turn on two-factor
          </button>
        ))}
      {step.kind === "password" && (
        <form onSubmit={onPassword} className="space-y-3">
          <div className="space-y-1">
            <label htmlFor="two-factor-password" className="block text-sm font-medium">
              Confirm with your password
            </label>
            <input id="two-factor-password" name="password" type="password" className="input" autoComplete="current-password" required autoFocus />
          </div>
          <div className="flex gap-3">
            <button type="submit" className={step.purpose === "disable" ? "btn-danger" : "btn-primary"} disabled={pending}>
              {step.purpose === "enable" ? "Continue" : step.purpose === "disable" ? "Turn off" : "Make new codes"}
            </button>
            {cancel}
          </div>
        </form>
      )}
      {step.kind === "scan" && (
        <form onSubmit={onFirstCode} className="space-y-3">
          <p className="text-sm">Scan this code with an authenticator app (or enter the key by hand), then type the 6-digit code it shows.</p>
          <div
            role="img"
            aria-label="QR code for your authenticator app"
            className="w-44 rounded-md bg-white p-2"
            dangerouslySetInnerHTML={{ __html: renderSVG(step.totpURI) }}
          />
          <p className="text-sm">
            Key: <code className="break-all" data-testid="totp-secret">{secretOf(step.totpURI)}</code>
          </p>
          <div className="space-y-1">
            <label htmlFor="first-code" className="block text-sm font-medium">
              Code from the app
            </label>
            <input id="first-code" name="code" className="input" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" required />
          </div>
          <div className="flex gap-3">
            <button type="submit" className="btn-primary" disabled={pending}>
              Turn on
            </button>
            {cancel}
          </div>
        </form>
      )}
      {step.kind === "codes" && (
        <div className="space-y-3">
          <BackupCodes codes={step.backupCodes} />
          <button type="button" className="btn-primary" onClick={() => setStep({ kind: "idle" })}>
            I have saved them
          </button>
        </div>
      )}
    </div>
  );
}
