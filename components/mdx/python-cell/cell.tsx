"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "@/components/site/use-hydrated";
import type { CellFile, RunEvent } from "./protocol";

type Line = { kind: "stdout" | "stderr" | "status" | "error" | "offline"; text: string } | { kind: "image"; png: string };

type CellProps = {
  /** The program as the book prints it, and the path it is written at (its title). */
  source: string;
  file: string;
  indexURL: string;
  packageBaseUrl: string;
  /** The highlighted code block, rendered on the server: what the reader sees until they edit. */
  children: React.ReactNode;
};

/** What each cell of the page holds now, edited or not, so a later cell imports the code the reader sees. */
const codeOf = new WeakMap<Element, string>();

/** The chapter's cells up to `cell`, in reading order. */
function filesUpTo(cell: HTMLElement): CellFile[] {
  const files: CellFile[] = [];
  for (const element of document.querySelectorAll<HTMLElement>("[data-python-cell]")) {
    files.push({ path: element.dataset.file!, code: codeOf.get(element) ?? "" });
    if (element === cell) break;
  }
  return files;
}

function describe(event: RunEvent): Line | null {
  switch (event.type) {
    case "stdout":
    case "stderr":
      return { kind: event.type, text: event.text };
    case "image":
      return { kind: "image", png: event.png };
    case "offline":
      return {
        kind: "offline",
        text: `Could not download ${event.packages.join(", ")} from Pyodide's package index: you may be offline. Cells that use only Python's standard library still run.`,
      };
    case "exception": {
      const where = event.line ? ` (line ${event.line}${event.file ? ` of ${event.file}` : ""}${event.source ? `: ${event.source}` : ""})` : "";
      return { kind: "error", text: `${event.name}: ${event.message}${where}` };
    }
    case "failed":
      return { kind: "error", text: `Python could not start: ${event.message}` };
    default:
      return null;
  }
}

export function PythonCellControls({ source, file, indexURL, packageBaseUrl, children }: CellProps) {
  const id = useId();
  const cell = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const [code, setCode] = useState(source);
  const [running, setRunning] = useState(false);
  const [status, setStatus] = useState("");
  const [lines, setLines] = useState<Line[]>([]);
  const [ran, setRan] = useState(false);
  // Without JavaScript the buttons could do nothing: the reader gets the code block alone.
  const hydrated = useHydrated();
  useEffect(() => {
    if (cell.current) codeOf.set(cell.current, code);
  }, [code]);

  async function run() {
    if (!cell.current) return;
    const files = filesUpTo(cell.current);
    setRunning(true);
    setRan(true);
    setLines([]);
    setStatus("Starting Python…");
    const { runCell } = await import("./runner");
    await runCell({
      indexURL,
      packageBaseUrl,
      files,
      main: file,
      onEvent: (event) => {
        if (event.type === "status") setStatus(event.text);
        const line = describe(event);
        if (line) setLines((previous) => [...previous, line]);
      },
    });
    setRunning(false);
    setStatus("");
  }

  async function stop() {
    const { stopRun } = await import("./runner");
    stopRun();
    setLines((previous) => [...previous, { kind: "status", text: "Stopped." }]);
  }

  function reset() {
    setCode(source);
    setEditing(false);
    setLines([]);
    setRan(false);
  }

  return (
    <div ref={cell} className="python-cell" data-python-cell="" data-file={file}>
      {editing ? (
        <div className="python-cell-editor">
          <label htmlFor={`${id}-code`} className="python-cell-label">
            Editing {file}
          </label>
          <textarea
            id={`${id}-code`}
            value={code}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            rows={Math.min(30, code.split("\n").length + 1)}
            onChange={(event) => setCode(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                if (!running) void run();
              }
            }}
          />
        </div>
      ) : (
        children
      )}
      {hydrated && (
        <div className="python-cell-bar" role="group" aria-label={`Python cell ${file}`}>
          {running ? (
            <button type="button" className="btn-ghost python-cell-button" onClick={stop}>
              Stop
            </button>
          ) : (
            <button type="button" className="btn-primary python-cell-button" onClick={run}>
              Run
            </button>
          )}
          {!editing && (
            <button type="button" className="btn-ghost python-cell-button" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          <button type="button" className="btn-ghost python-cell-button" onClick={reset} disabled={running || (!editing && !ran)}>
            Reset
          </button>
          <span className="python-cell-status" role="status">
            {running ? status : ""}
          </span>
        </div>
      )}
      {ran && (
        <div className="python-cell-output" role="log" aria-label={`Output of ${file}`}>
          {lines.map((line, index) =>
            line.kind === "image" ? (
              // eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn in the page, nothing to optimise
              <img key={index} src={`data:image/png;base64,${line.png}`} alt={`Figure drawn by ${file}`} />
            ) : (
              <pre key={index} data-kind={line.kind}>
                {line.text}
              </pre>
            ),
          )}
          {!running && lines.length === 0 && <p className="python-cell-empty">The program printed nothing.</p>}
        </div>
      )}
    </div>
  );
}
