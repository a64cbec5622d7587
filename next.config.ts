import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import { RAG_ARTIFACTS } from "./lib/rag/artifacts";
import { mujocoWorkerPolicy, securityHeaders } from "./lib/security-headers";

// The tutor reads the chapters and the word vectors at run time; serverless
// bundles must carry them.
const retrievalFiles = ["./content/**/*.mdx", `./${RAG_ARTIFACTS.wordVectors}`];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // `npm run typecheck` checks the types (`npm test` runs it first, and Vercel's build command in
  // vercel.json before the build), so the build does not spend most of a minute doing it again.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Prerendering 200 pages is most of a build; Next leaves one core to a main process that
    // only waits, so on a 2-core machine it would use one.
    cpus: Math.max(2, availableParallelism() - 1),
    // A root layout per language (app/(en), app/(ur)): a URL that matches no route gets app/global-not-found.tsx.
    globalNotFound: true,
    // forbidden() answers an admin page with 403 for readers who are signed in but not admins.
    authInterrupts: true,
    // `next dev` compiles what a page loads on demand (the tutor panel, the search dialog, the
    // simulations) when it is first used rather than with the page: the first chapter an author
    // opens is ready that much sooner.
    turbopackLazyDynamicImports: true,
    turbopackLazyDynamicImportsSSR: true,
  },
  // Every page of the book also as Markdown, beside its HTML: /learn/ros2.md, /learn/ros2/tf2-and-rviz.md.
  async rewrites() {
    return [
      { source: "/learn/:module.md", destination: "/markdown/:module" },
      { source: "/learn/:module/:chapter.md", destination: "/markdown/:module/:chapter" },
    ];
  },
  async headers() {
    const development = process.env.NODE_ENV === "development";
    return [
      // Every path but the MuJoCo scene's worker files, which get a policy of their own (two policies would both apply).
      { source: "/((?!mujoco/).*)", headers: securityHeaders(development) },
      { source: "/mujoco/:path*", headers: securityHeaders(development, mujocoWorkerPolicy()) },
    ];
  },
  outputFileTracingIncludes: {
    "/api/chat": retrievalFiles,
    "/api/search": retrievalFiles,
    "/api/mcp": retrievalFiles,
  },
};

export default nextConfig;
