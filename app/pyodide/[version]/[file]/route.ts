import { readFile } from "node:fs/promises";
import path from "node:path";
import { PYODIDE_FILES, PYODIDE_VERSION } from "@/lib/python/pyodide-files";

// Written once by `next build` (and served from node_modules by `next dev`), so
// every way of building the app serves Pyodide without a copy step or a file in git.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(PYODIDE_FILES).map((file) => ({ version: PYODIDE_VERSION, file }));
}

export async function GET(_request: Request, { params }: RouteContext<"/pyodide/[version]/[file]">) {
  const { version, file } = await params;
  const type = PYODIDE_FILES[file];
  if (version !== PYODIDE_VERSION || !type) return new Response("No such Pyodide file", { status: 404 });
  const body = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules/pyodide", file));
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
