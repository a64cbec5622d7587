import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // The tutor reads the chapters and the word vectors at run time; serverless
  // bundles must carry them.
  outputFileTracingIncludes: {
    "/api/chat": ["./content/**/*.mdx", "./.data/rag/word-vectors.bin"],
    "/api/search": ["./content/**/*.mdx", "./.data/rag/word-vectors.bin"],
  },
};

export default nextConfig;
