import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dataLayerSuite } from "./data-layer.suite";
import { removeDir } from "../support/remove-dir";

dataLayerSuite("pglite", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "textbook-pglite-"));
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = dataDir;
  return { teardown: async () => removeDir(dataDir) };
});
