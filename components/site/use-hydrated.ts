import { useSyncExternalStore } from "react";

/** For useSyncExternalStore with a value that never changes once the page runs in the browser. */
export const subscribeNever = () => () => {};

/**
 * False while the server renders and until React has hydrated the page, true after. A control whose work needs
 * JavaScript stays disabled until then, so an early click is not silently lost (and browser tests wait for it).
 */
export const useHydrated = () => useSyncExternalStore(subscribeNever, () => true, () => false);
