import pyodidePackage from "pyodide/package.json" with { type: "json" };
import { PYODIDE_PACKAGE_ORIGIN } from "./package-origin";

// Pyodide's core files, served by the app itself from the `pyodide` npm package
// (app/pyodide/[version]/[file]/route.ts): no third-party origin for the
// interpreter. The version is in the path so a new package is a new URL.
export const PYODIDE_VERSION: string = pyodidePackage.version;

export const PYODIDE_FILES: Record<string, string> = {
  "pyodide.mjs": "text/javascript; charset=utf-8",
  "pyodide.asm.mjs": "text/javascript; charset=utf-8",
  "pyodide.asm.wasm": "application/wasm",
  "python_stdlib.zip": "application/zip",
  "pyodide-lock.json": "application/json; charset=utf-8",
};

export const PYODIDE_INDEX_URL = `/pyodide/${PYODIDE_VERSION}/`;

export const PYODIDE_PACKAGE_BASE_URL = `${PYODIDE_PACKAGE_ORIGIN}/pyodide/v${PYODIDE_VERSION}/full/`;
