import type { CellFile, RunEvent, RunRequest } from "./protocol";

// Loaded by a cell's first Run (a dynamic import), so no page carries the
// worker's code until a reader asks for Python. One worker per page: the
// chapter's cells share the interpreter and its loaded packages.

let worker: Worker | undefined;
let queue: Promise<void> = Promise.resolve();
let stopCurrent: (() => void) | undefined;

function ensureWorker(): Worker {
  worker ??= new Worker(new URL("./python.worker.ts", import.meta.url), { type: "module", name: "python-cells" });
  return worker;
}

export type RunOptions = {
  indexURL: string;
  packageBaseUrl: string;
  files: CellFile[];
  main: string;
  onEvent: (event: RunEvent) => void;
};

/** Runs one cell after any run already under way; resolves when it has finished or was stopped. */
export function runCell(options: RunOptions): Promise<void> {
  const run = () =>
    new Promise<void>((resolve) => {
      const target = ensureWorker();
      const finish = () => {
        target.removeEventListener("message", listen);
        stopCurrent = undefined;
        resolve();
      };
      const listen = (message: MessageEvent<RunEvent>) => {
        options.onEvent(message.data);
        if (message.data.type === "done" || message.data.type === "failed") finish();
      };
      stopCurrent = () => {
        // Python cannot be interrupted from outside without cross-origin isolation; the worker is replaced.
        target.terminate();
        if (worker === target) worker = undefined;
        finish();
      };
      target.addEventListener("message", listen);
      const request: RunRequest = { type: "run", indexURL: options.indexURL, packageBaseUrl: options.packageBaseUrl, files: options.files, main: options.main };
      target.postMessage(request);
    });
  queue = queue.then(run);
  return queue;
}

/** Stops the run under way (the interpreter is discarded; the next Run loads it again). */
export function stopRun() {
  stopCurrent?.();
}
