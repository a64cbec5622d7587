"use client";

import { useState } from "react";

export function CopyButton() {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={copied ? "Copied" : "Copy code"}
      onClick={async (event) => {
        const code = event.currentTarget.closest(".code-block")?.querySelector("code");
        if (!code) return;
        await navigator.clipboard.writeText(code.innerText);
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      }}
    >
      {copied ? "Copied" : "Copy"}
    </button>
  );
}
