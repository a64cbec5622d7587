import "server-only";
import { isIP } from "node:net";
import type { Env } from "./env";

// Every per-address limit keys on the address worked out here, and only from a
// header the deployment vouches for: anyone can send X-Forwarded-For, so
// trusting it unasked lets one client pose as a new address on every request.

/** Where the client's address comes from: a header and how many proxies, counted from the right, appended to it. */
export function clientAddressSource(e: Env): { header: string; hops: number } | null {
  if (e.TRUSTED_PROXY_HEADER) return { header: e.TRUSTED_PROXY_HEADER, hops: e.TRUSTED_PROXY_HOPS };
  // Vercel's edge sets this header itself, replacing anything the client sent.
  if (e.VERCEL) return { header: "x-vercel-forwarded-for", hops: 1 };
  return null;
}

/**
 * The client's address, or null when the deployment does not say. With a proxy
 * chain the trusted hops each appended the address they saw, so the client is
 * the entry `hops` from the right; anything further left is the client's own text.
 */
export function clientAddress(headers: Headers, e: Env): string | null {
  const source = clientAddressSource(e);
  if (!source) return null;
  const entries = (headers.get(source.header) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = entries[entries.length - source.hops];
  return address && isIP(address) ? address.toLowerCase() : null;
}

/** The header through which Better-Auth is handed the address from `clientAddress`. */
export const CLIENT_ADDRESS_HEADER = "x-textbook-client-address";

/** `request` carrying its vouched-for address in CLIENT_ADDRESS_HEADER, and never a copy the client sent. */
export function withClientAddress(request: Request, e: Env): Request {
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(request.headers, e);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  return new Request(request, { headers });
}
