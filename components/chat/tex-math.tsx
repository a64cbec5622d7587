"use client";

import { useEffect, useState } from "react";

/** $…$ or $$…$$: the TeX source at once, typeset by KaTeX once it has loaded (on demand, see ./katex). */
export function TexMath({ tex, display }: { tex: string; display: boolean }) {
  const [typeset, setTypeset] = useState<{ tex: string; html: string } | null>(null);

  useEffect(() => {
    let current = true;
    import("./katex")
      .then(({ renderTex }) => current && setTypeset({ tex, html: renderTex(tex, display) }))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [tex, display]);

  const html = typeset?.tex === tex ? typeset.html : null;
  if (display) {
    // KaTeX escapes what it is given and, without `trust`, emits no links or raw HTML.
    return html ? <div className="chat-math-display" dangerouslySetInnerHTML={{ __html: html }} /> : <pre className="chat-math-display">{tex}</pre>;
  }
  return html ? <span dangerouslySetInnerHTML={{ __html: html }} /> : <code>{tex}</code>;
}
