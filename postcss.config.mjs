import path from "node:path";

// By absolute path: Turbopack resolves plugin names from its own build folder, not from this file.
const katexFontSwap = path.join(process.cwd(), "lib/css/katex-font-swap.mjs");

const config = { plugins: { "@tailwindcss/postcss": {}, [katexFontSwap]: {} } };

export default config;
