import { readFile } from "node:fs/promises";
import path from "node:path";
import { MUJOCO_FILES, MUJOCO_VERSION } from "@/lib/mujoco/files";

// Written once by `next build` (read from the repository by `next dev`), like Pyodide's files.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(MUJOCO_FILES).map((file) => ({ version: MUJOCO_VERSION, file }));
}

export async function GET(_request: Request, { params }: RouteContext<"/mujoco/[version]/[file]">) {
  const { version, file } = await params;
  const entry = MUJOCO_FILES[file];
  if (version !== MUJOCO_VERSION || !entry) return new Response("No such MuJoCo file", { status: 404 });
  const body = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), entry.path));
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": entry.type, "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
