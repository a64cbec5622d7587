// What the benchmarks share: a guest's cookie, percentiles and medians, and counting what was saved.

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The p-th percentile of the finite values (NaN when there are none). */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The median of the values: the mean of the middle two when there is an even number. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Signs in a new guest, as the panel does on a first question; `headers` can carry a test client address. */
export async function guestCookie(base, headers = {}) {
  const response = await fetch(`${base}/api/auth/sign-in/anonymous`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, ...headers },
    body: "{}",
  });
  if (!response.ok) throw new Error(`guest sign-in: HTTP ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** Messages stored in the given conversations, and how many of them are marked interrupted. */
export async function savedMessages(base, conversations) {
  let saved = 0;
  let interrupted = 0;
  for (const { cookie, conversationId } of conversations) {
    const body = await (await fetch(`${base}/api/conversations/${conversationId}`, { headers: { cookie } })).json();
    saved += body.messages.length;
    interrupted += body.messages.filter((m) => m.metadata?.status === "interrupted").length;
  }
  return { saved, interrupted };
}
