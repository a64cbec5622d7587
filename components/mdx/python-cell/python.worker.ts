/// <reference lib="webworker" />
import type { PyodideAPI } from "pyodide";
import type { RunEvent, RunRequest } from "./protocol";

// Runs the book's Python off the main thread, so a long loop never freezes the
// page; "Stop" terminates this worker and the next Run starts a fresh one.

declare const self: DedicatedWorkerGlobalScope;
const post = (event: RunEvent) => self.postMessage(event);

/** The chapter's files live here, so a cell imports an earlier cell's file as the text says. */
const CHAPTER_DIR = "/home/pyodide/chapter";

const RUNNER = `
import os, sys, runpy, traceback, base64, io, importlib

def _book_run(main, chapter_dir, paths):
    # As \`npm run content:test-code\` runs them: every folder holding a file is on the path,
    # and the program runs in its own folder.
    folders, names = {chapter_dir}, set()
    for path in paths:
        parts = path.split("/")
        names.update(part[:-3] if part.endswith(".py") else part for part in parts)
        for depth in range(1, len(parts)):
            folders.add("/".join([chapter_dir, *parts[:depth]]))
    for folder in sorted(folders, reverse=True):
        if folder not in sys.path:
            sys.path.insert(0, folder)
    os.chdir(os.path.dirname(main))
    # A cell edited and run again must be imported afresh by the cells after it.
    for name in list(sys.modules):
        if name.split(".")[0] in names:
            del sys.modules[name]
    importlib.invalidate_caches()
    try:
        runpy.run_path(main, run_name="__main__")
        error = None
    except SystemExit as exit:
        error = None if exit.code in (None, 0) else exit
    except BaseException as exc:
        error = exc
    figures = []
    if "matplotlib.pyplot" in sys.modules:
        plt = sys.modules["matplotlib.pyplot"]
        for number in plt.get_fignums():
            buffer = io.BytesIO()
            plt.figure(number).savefig(buffer, format="png", dpi=96, bbox_inches="tight")
            figures.append(base64.b64encode(buffer.getvalue()).decode())
        plt.close("all")
    if error is None:
        return {"figures": figures}
    where = None
    if isinstance(error, SyntaxError) and error.filename and error.filename.startswith(chapter_dir):
        where = (error.filename, error.lineno, (error.text or "").strip())
    else:
        for frame in traceback.extract_tb(error.__traceback__):
            if frame.filename.startswith(chapter_dir):
                where = (frame.filename, frame.lineno, (frame.line or "").strip())
    return {
        "figures": figures,
        "name": type(error).__name__,
        "message": str(error),
        "file": where[0][len(chapter_dir) + 1:] if where else None,
        "line": where[1] if where else None,
        "source": where[2] if where else None,
    }
`;

let ready: Promise<PyodideAPI> | undefined;

async function start(request: RunRequest): Promise<PyodideAPI> {
  post({ type: "status", text: "Loading Python…" });
  const { loadPyodide } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${request.indexURL}pyodide.mjs`)) as typeof import("pyodide");
  const pyodide = await loadPyodide({
    indexURL: request.indexURL,
    packageBaseUrl: request.packageBaseUrl,
    env: { MPLBACKEND: "AGG", HOME: "/home/pyodide" },
  });
  pyodide.setStdout({ batched: (text) => post({ type: "stdout", text }) });
  pyodide.setStderr({ batched: (text) => post({ type: "stderr", text }) });
  pyodide.FS.mkdirTree(CHAPTER_DIR);
  pyodide.runPython(RUNNER);
  return pyodide;
}

const importsOf = (pyodide: PyodideAPI, code: string): string[] => {
  const found = pyodide.pyimport("pyodide.code").find_imports(code);
  const names = [...found.toJs()] as string[];
  found.destroy();
  return names;
};

/** The code of the program to run and of the chapter's files it imports, directly or not: their packages are the ones to fetch. */
function neededCode(pyodide: PyodideAPI, request: RunRequest): string {
  const byModule = new Map(request.files.map((file) => [file.path.split("/").pop()!.replace(/\.py$/, ""), file]));
  const main = request.files.find((file) => file.path === request.main)!;
  const needed = new Set([main]);
  for (const file of needed) {
    for (const name of importsOf(pyodide, file.code)) {
      const local = byModule.get(name.split(".").pop()!) ?? byModule.get(name.split(".")[0]!);
      if (local) needed.add(local);
    }
  }
  return [...needed].map((file) => file.code).join("\n");
}

async function run(request: RunRequest) {
  ready ??= start(request);
  const pyodide = await ready;
  for (const file of request.files) {
    const full = `${CHAPTER_DIR}/${file.path}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    pyodide.FS.writeFile(full, file.code);
  }
  const code = neededCode(pyodide, request);
  const failures: string[] = [];
  try {
    await pyodide.loadPackagesFromImports(code, {
      messageCallback: (message) => {
        if (/^Loading /.test(message)) post({ type: "status", text: message.replace(/\.*$/, "…") });
      },
      errorCallback: (message) => failures.push(message),
    });
  } catch (error) {
    failures.push(String(error));
  }
  if (failures.length > 0) {
    const wanted = importsOf(pyodide, code);
    const missing = wanted.filter((name) => !pyodide.loadedPackages[name] && pyodide.lockfile.packages[name.toLowerCase()]);
    post({ type: "offline", packages: missing.length > 0 ? missing : ["a package this cell imports"] });
    post({ type: "done" });
    return;
  }
  post({ type: "status", text: "Running…" });
  const bookRun = pyodide.globals.get("_book_run");
  const result = bookRun(`${CHAPTER_DIR}/${request.main}`, CHAPTER_DIR, pyodide.toPy(request.files.map((file) => file.path)));
  const outcome = result.toJs({ dict_converter: Object.fromEntries }) as {
    figures: string[];
    name?: string;
    message?: string;
    file?: string | null;
    line?: number | null;
    source?: string | null;
  };
  result.destroy();
  bookRun.destroy();
  for (const png of outcome.figures) post({ type: "image", png });
  if (outcome.name) {
    post({
      type: "exception",
      name: outcome.name,
      message: outcome.message ?? "",
      file: outcome.file ?? null,
      line: outcome.line ?? null,
      source: outcome.source ?? null,
    });
  }
  post({ type: "done" });
}

self.onmessage = (event: MessageEvent<RunRequest>) => {
  run(event.data).catch((error: unknown) => {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  });
};
