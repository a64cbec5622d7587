import fs from "node:fs";
import { contentDir } from "@/lib/content/book";

export const dynamic = "force-dynamic";

/** Development only: a server-sent event each time a chapter file changes. */
export function GET(request: Request) {
  if (process.env.NODE_ENV !== "development") return new Response("Not found", { status: 404 });
  const encoder = new TextEncoder();
  let watcher: fs.FSWatcher | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // The client disconnecting (abort) and the runtime cancelling the stream can both happen, in either order.
  const stop = () => {
    stopped = true;
    watcher?.close();
    clearTimeout(timer);
  };
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(": watching content/\n\n"));
      watcher = fs.watch(/*turbopackIgnore: true*/ contentDir(), { recursive: true }, (_event, file) => {
        if (!file?.endsWith(".mdx")) return;
        // Editors write a file in several steps; send one event per save.
        clearTimeout(timer);
        timer = setTimeout(() => controller.enqueue(encoder.encode(`data: ${file}\n\n`)), 100);
      });
      request.signal.addEventListener("abort", () => {
        // Closing a stream that cancel() already ended throws.
        if (stopped) return;
        stop();
        controller.close();
      });
    },
    cancel: stop,
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive" },
  });
}
