// Any fixed origin will do: a target is followed only if, resolved against it,
// it stays on it. Parsing as browsers do catches what string checks miss, e.g.
// "/\t/evil.example", which a browser reads as "//evil.example".
const APP = new URL("http://app.invalid");

/** Only same-site paths are followed after sign-in, so `?next=` cannot send users elsewhere. */
export function safeNext(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/")) return fallback;
  let target: URL;
  try {
    target = new URL(next, APP);
  } catch {
    return fallback;
  }
  if (target.origin !== APP.origin) return fallback;
  // The parsed path, never the raw text: a CR or LF left in it would break the redirect's Location header.
  return target.pathname + target.search + target.hash;
}

export function withNext(path: string, next: string | null | undefined): string {
  const target = safeNext(next, "");
  return target ? `${path}?next=${encodeURIComponent(target)}` : path;
}
