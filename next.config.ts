import type { NextConfig } from "next";
import { RAG_ARTIFACTS } from "./lib/rag/artifacts";
import { securityHeaders } from "./lib/security-headers";

// The tutor reads the chapters and the word vectors at run time; serverless
// bundles must carry them.
const retrievalFiles = ["./content/**/*.mdx", `./${RAG_ARTIFACTS.wordVectors}`];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // forbidden() answers an admin page with 403 for readers who are signed in but not admins.
  experimental: { authInterrupts: true },
  // Every page of the book also as Markdown, beside its HTML: /learn/ros2.md, /learn/ros2/tf2-and-rviz.md.
  async rewrites() {
    return [
      { source: "/learn/:module.md", destination: "/markdown/:module" },
      { source: "/learn/:module/:chapter.md", destination: "/markdown/:module/:chapter" },
    ];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") }];
  },
  outputFileTracingIncludes: {
    "/api/chat": retrievalFiles,
    "/api/search": retrievalFiles,
    "/api/mcp": retrievalFiles,
  },
};

export default nextConfig;
