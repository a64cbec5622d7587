/**
 * Where Pyodide fetches the packages that are not in its core (numpy,
 * matplotlib): its own package index for the installed version, the default
 * the `pyodide` package itself uses. The CSP's connect-src names this origin.
 */
export const PYODIDE_PACKAGE_ORIGIN = "https://cdn.jsdelivr.net";
