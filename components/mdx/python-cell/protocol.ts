// Messages between a page's Python cells and the worker that runs them.

export type CellFile = { path: string; code: string };

export type RunRequest = {
  type: "run";
  /** Where Pyodide's core files are (the app's own /pyodide/<version>/) and where its packages come from. */
  indexURL: string;
  packageBaseUrl: string;
  /** The chapter's cells up to this one, at their titled paths; `main` is the one to run. */
  files: CellFile[];
  main: string;
};

export type RunEvent =
  | { type: "status"; text: string }
  | { type: "stdout" | "stderr"; text: string }
  | { type: "image"; png: string }
  | { type: "offline"; packages: string[] }
  | { type: "exception"; name: string; message: string; file: string | null; line: number | null; source: string | null }
  | { type: "done" }
  | { type: "failed"; message: string };
