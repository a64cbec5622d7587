// The headers every response carries. Imported by next.config.ts, so free of
// anything server-only.
import { PYODIDE_PACKAGE_ORIGIN } from "./python/package-origin";

/**
 * The Content-Security-Policy. Scripts come only from the app. 'unsafe-inline'
 * is there for what Next itself writes into each page (the inline RSC payload
 * that hydrates it, and the theme script before first paint): a nonce instead
 * would make every statically built chapter render per request. Styles
 * likewise: KaTeX, Next's fonts and the streamed answers set inline styles.
 * Development adds what React's fast refresh needs.
 *
 * The book's Python cells (components/mdx/python-cell) need two things more:
 * 'wasm-unsafe-eval', which lets the page compile WebAssembly (Pyodide's
 * interpreter and the numpy/matplotlib wheels) and nothing else (eval and
 * new Function stay blocked); and fetches from Pyodide's package index, the
 * one origin in connect-src, for the packages the app does not serve itself.
 * Workers come from the app only (worker-src falls back to script-src).
 */
export function contentSecurityPolicy(development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Avatars from GitHub or Google, and the data: URLs KaTeX and the icons use.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self' ${PYODIDE_PACKAGE_ORIGIN}${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of the MuJoCo balance scene's worker and the files it loads (app/mujoco/): MuJoCo's
 * official WebAssembly build compiles its JavaScript bindings with `new Function`, so its worker
 * needs 'unsafe-eval', which no page of the app gets. A dedicated worker takes the policy of its
 * own script's response, so the exception stays inside that worker: scripts only from the app,
 * fetches only to the app, nothing else.
 */
export function mujocoWorkerPolicy(): string {
  return ["default-src 'none'", "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'", "connect-src 'self'"].join("; ");
}

export function securityHeaders(development: boolean, policy = contentSecurityPolicy(development)): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: policy },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
