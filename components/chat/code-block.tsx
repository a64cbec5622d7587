"use client";

import { useEffect, useState, type CSSProperties } from "react";
import type { ThemedToken } from "shiki/core";
import { grammarOf } from "./code-languages";

/**
 * A fenced code block: plain text at once, highlighted once the answer has
 * finished and the grammar has loaded (both on demand, see ./highlight).
 */
export function CodeBlock({ code, language, streaming }: { code: string; language: string | undefined; streaming: boolean }) {
  const grammar = grammarOf(language);
  const [highlighted, setHighlighted] = useState<{ code: string; tokens: ThemedToken[][] } | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!grammar || streaming) return;
    let current = true;
    import("./highlight")
      .then(({ highlight }) => highlight(code, grammar))
      .then((tokens) => current && setHighlighted({ code, tokens }))
      // Highlighting is a nicety: the plain block is already on screen.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [code, grammar, streaming]);

  const tokens = highlighted?.code === code ? highlighted.tokens : null;
  return (
    <div className="chat-code" data-language={language}>
      <div className="chat-code-header">
        <span>{language || "code"}</span>
        <button
          type="button"
          className="chat-icon-button px-2"
          onClick={async () => {
            await navigator.clipboard.writeText(code);
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          }}
        >
          {copied ? "Copied" : "Copy code"}
        </button>
      </div>
      <pre data-highlighted={tokens ? "" : undefined} tabIndex={0}>
        <code>
          {tokens
            ? tokens.map((line, index) => (
                <span key={index} className="line">
                  {line.map((token, at) => (
                    <span key={at} style={token.htmlStyle as CSSProperties}>
                      {token.content}
                    </span>
                  ))}
                  {index < tokens.length - 1 && "\n"}
                </span>
              ))
            : code}
        </code>
      </pre>
    </div>
  );
}
