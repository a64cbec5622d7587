import { config } from "zod/v4/core";

// Zod compiles object schemas with `new Function` when the page lets it, and
// finds out by trying: under the Content-Security-Policy (no 'unsafe-eval')
// every such try is reported as a violation. Its interpreter is fast enough
// for what the browser parses (stream chunks, form answers).
config({ jitless: true });
