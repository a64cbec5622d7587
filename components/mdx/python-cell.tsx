import { PYODIDE_INDEX_URL, PYODIDE_PACKAGE_BASE_URL } from "@/lib/python/pyodide-files";
import { PythonCellControls } from "./python-cell/cell";

type PythonCellProps = {
  /** Set by the renderer (lib/content/remark-python-cells.ts) from the wrapped ```python block. */
  source?: string;
  file?: string;
  children: React.ReactNode;
};

/**
 * A runnable program: the highlighted block as everywhere else (the page reads
 * whole without JavaScript), with Run, Edit and Reset. Python loads on the
 * first Run.
 */
export function PythonCell({ source, file, children }: PythonCellProps) {
  if (!source || !file) return <>{children}</>;
  return (
    <PythonCellControls source={source} file={file} indexURL={PYODIDE_INDEX_URL} packageBaseUrl={PYODIDE_PACKAGE_BASE_URL}>
      {children}
    </PythonCellControls>
  );
}
