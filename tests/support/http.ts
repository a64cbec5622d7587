/** A minimal cookie jar for driving route handlers the way a browser would. */
export class CookieJar {
  private cookies = new Map<string, string>();

  store(response: Response): Response {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** A copy of the cookies as they are now, as someone who copied them would hold them. */
  clone(): CookieJar {
    const copy = new CookieJar();
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  drop(namePart: string) {
    for (const name of this.cookies.keys()) if (name.includes(namePart)) this.cookies.delete(name);
  }
}

export const ORIGIN = "http://localhost:3000";

export function request(path: string, init: { method?: string; body?: unknown; jar?: CookieJar; ip?: string } = {}) {
  const headers = new Headers({ origin: ORIGIN, "x-forwarded-for": init.ip ?? "203.0.113.1" });
  if (init.body !== undefined) headers.set("content-type", "application/json");
  const cookie = init.jar?.header();
  if (cookie) headers.set("cookie", cookie);
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}
