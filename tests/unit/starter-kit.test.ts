import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/downloads/capstone-starter-kit.zip/route";
import { loadBook } from "@/lib/content/book";
import { STARTER_KIT_FOLDER, starterKitDir, starterKitFiles, starterKitZip } from "@/lib/content/starter-kit";
import { STARTER_KIT_ZIP } from "@/lib/content/urls";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("the capstone starter kit as a zip", () => {
  it("holds every file of content/capstone/starter-kit that git tracks, byte for byte, in one folder", () => {
    const kit = starterKitDir();
    const tracked = execFileSync("git", ["ls-files", "."], { cwd: kit, encoding: "utf8" }).trim().split("\n").sort();
    const entries = unzipSync(starterKitZip());
    expect(Object.keys(entries).sort()).toEqual(tracked.map((name) => `${STARTER_KIT_FOLDER}/${name}`));
    for (const name of tracked) {
      expect(Buffer.from(entries[`${STARTER_KIT_FOLDER}/${name}`]!).equals(fs.readFileSync(path.join(kit, name))), name).toBe(true);
    }
    expect(tracked).toEqual(
      expect.arrayContaining([
        "README.md",
        "src/capstone_description/urdf/humanoid.urdf.xacro",
        "src/capstone_bringup/worlds/apartment.sdf",
        "src/capstone_bringup/config/bridge.yaml",
        "src/capstone_bringup/config/nav2_params.yaml",
        "data/week2/make_sensor_data.py",
      ]),
    );
  });

  it("is the same bytes every time it is built, and leaves Python caches out", () => {
    const kit = fs.mkdtempSync(path.join(os.tmpdir(), "kit-"));
    dirs.push(kit);
    fs.mkdirSync(path.join(kit, "pkg", "__pycache__"), { recursive: true });
    fs.writeFileSync(path.join(kit, "pkg", "node.py"), "print('hi')\n");
    fs.writeFileSync(path.join(kit, "pkg", "__pycache__", "node.cpython-311.pyc"), "x");
    fs.writeFileSync(path.join(kit, "pkg", "stale.pyc"), "x");
    expect(starterKitFiles(kit)).toEqual(["pkg/node.py"]);
    expect(Buffer.from(starterKitZip(kit)).equals(Buffer.from(starterKitZip(kit)))).toBe(true);
  });

  it(`is served at ${STARTER_KIT_ZIP} as a download`, async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="capstone-starter-kit.zip"');
    const body = new Uint8Array(await response.arrayBuffer());
    expect(Object.keys(unzipSync(body))).toContain(`${STARTER_KIT_FOLDER}/README.md`);
  });

  it("is linked from the capstone overview, chapter and course plan", () => {
    const book = loadBook();
    for (const slug of ["capstone", "capstone/autonomous-humanoid", "capstone/course-plan"]) {
      expect(book.bySlug.get(slug)!.body, slug).toContain(`](${STARTER_KIT_ZIP})`);
    }
  });
});
