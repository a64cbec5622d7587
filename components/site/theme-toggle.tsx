"use client";

import { useSyncExternalStore } from "react";

type Theme = "dark" | "light";

export const THEME_STORAGE_KEY = "theme";

// Runs in <head> before first paint, so a reader who chose the light theme
// never sees a flash of the dark one.
export const themeInitScript = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light")document.documentElement.dataset.theme="light"}catch(e){}`;

const listeners = new Set<() => void>();
const current = (): Theme => (document.documentElement.dataset.theme === "light" ? "light" : "dark");

export function ThemeToggle() {
  const theme = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current,
    () => "dark" as Theme,
  );
  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      className="btn-ghost h-8 w-8 px-0 py-0"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next);
        } catch {
          // Private mode: the choice lasts for this page only.
        }
        listeners.forEach((listener) => listener());
      }}
    >
      <span aria-hidden="true">{theme === "dark" ? "☀" : "☾"}</span>
    </button>
  );
}
