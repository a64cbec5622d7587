/**
 * A model that goes silent is not waited on for ever: it has so long to start, and so long between pieces,
 * before `abort` cuts it off. `allow(seconds)` (re)starts the clock; `stop()` ends it once the stream is done.
 */
export function silenceWatchdog(abort: AbortController) {
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    allow(seconds: number) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, seconds * 1000);
    },
    stop: () => clearTimeout(timer),
    /** Whether the clock ran out: the model, not the reader, ended the stream. */
    get timedOut() {
      return timedOut;
    },
  };
}
