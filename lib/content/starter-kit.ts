import "server-only";
import fs from "node:fs";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { contentDir } from "./book";

/** The folder every entry of the zip sits in, so that unzipping makes one folder. */
export const STARTER_KIT_FOLDER = "capstone-starter-kit";

// Python caches and editor litter that a local run may leave in the folder.
const LEFT_OUT = /(^|\/)(__pycache__|\.pytest_cache|\.DS_Store)(\/|$)|\.pyc$/;

// One fixed time on every entry: the same kit gives the same bytes, whenever it is built.
const MTIME = new Date("2026-01-01T00:00:00Z");

export const starterKitDir = (dir = contentDir()) => path.join(/*turbopackIgnore: true*/ dir, "capstone", "starter-kit");

/** The kit's files, relative to its folder with "/" separators, sorted. */
export function starterKitFiles(kit = starterKitDir()): string[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ kit, { recursive: true, encoding: "utf8" })
    .map((name) => name.split(path.sep).join("/"))
    .filter((name) => !LEFT_OUT.test(name) && fs.statSync(/*turbopackIgnore: true*/ path.join(kit, name)).isFile())
    .sort();
}

/** The kit as a zip archive, every file under capstone-starter-kit/. */
export function starterKitZip(kit = starterKitDir()): Uint8Array {
  const entries: Zippable = {};
  for (const name of starterKitFiles(kit)) {
    entries[`${STARTER_KIT_FOLDER}/${name}`] = [fs.readFileSync(/*turbopackIgnore: true*/ path.join(kit, name)), { mtime: MTIME }];
  }
  return zipSync(entries, { level: 9 });
}
