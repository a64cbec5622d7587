/** Only same-site paths are followed after sign-in, so `?next=` cannot send users elsewhere. */
export function safeNext(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}

export function withNext(path: string, next: string | null | undefined): string {
  const target = safeNext(next, "");
  return target ? `${path}?next=${encodeURIComponent(target)}` : path;
}
