import http from "node:http";
import type { AddressInfo } from "node:net";

type Stored = { id: string; vector: number[]; data?: string; metadata?: Record<string, unknown> };

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

const DIMS = 64;

/** Hashed bag of words: the double's stand-in for a hosted embedding model. */
export function toyEmbedding(text: string): number[] {
  const vector = new Array<number>(DIMS).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let h = 0;
    for (const c of word) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    vector[h % DIMS]! += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((v) => v / norm);
}

/**
 * Test double for Upstash Vector's REST API (upsert, upsert-data, query,
 * query-data, fetch, delete, range, info), with a hosted-embedding index whose
 * "embedding" is word overlap.
 */
export async function startUpstashVectorServer() {
  const vectors = new Map<string, Stored>();
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const endpoint = (req.url ?? "").replace(/^\//, "").split("/")[0]!;
      calls.push(endpoint);
      const body = raw ? JSON.parse(raw) : null;
      const reply = (result: unknown, status = 200) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(status === 200 ? { result } : { error: result }));
      if (req.headers.authorization !== "Bearer test-token") return reply("Unauthorized", 401);
      const list = (value: unknown) => (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
      const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * (b[i] ?? 0), 0);
      switch (endpoint) {
        case "info":
          return reply({
            vectorCount: vectors.size,
            pendingVectorCount: 0,
            indexSize: 0,
            dimension: DIMS,
            similarityFunction: "COSINE",
            denseIndex: { dimension: DIMS, similarityFunction: "COSINE", embeddingModel: "BGE_SMALL_EN_V1_5" },
            namespaces: {},
          });
        case "upsert":
        case "upsert-data":
          for (const item of list(body)) {
            const vector = endpoint === "upsert" ? (item.vector as number[]) : toyEmbedding(String(item.data));
            const data = endpoint === "upsert-data" ? String(item.data) : undefined;
            vectors.set(String(item.id), { id: String(item.id), vector, data, metadata: item.metadata as Record<string, unknown> });
          }
          return reply("Success");
        case "query":
        case "query-data": {
          const query = endpoint === "query" ? (body.vector as number[]) : toyEmbedding(String(body.data));
          const asked = words(String(body.data ?? ""));
          // Hosted-embedding scores: the share of the question's words the text contains.
          const score = (v: Stored) =>
            endpoint === "query-data" && v.data
              ? 0.5 + (0.5 * [...asked].filter((w) => words(v.data!).has(w)).length) / Math.max(1, asked.size)
              : (1 + cosine(query, v.vector)) / 2;
          const results = [...vectors.values()]
            .map((v) => ({ id: v.id, score: score(v), ...(body.includeMetadata && { metadata: v.metadata }) }))
            .sort((a, b) => b.score - a.score)
            .slice(0, body.topK ?? 10);
          return reply(results);
        }
        case "fetch": {
          const ids = (Array.isArray(body) ? body : body.ids) as string[];
          return reply(ids.map((id) => {
            const v = vectors.get(String(id));
            return v ? { id: v.id, ...(body.includeMetadata && { metadata: v.metadata }) } : null;
          }));
        }
        case "delete": {
          const ids = (Array.isArray(body) ? body : body.ids) as string[];
          let deleted = 0;
          for (const id of ids) if (vectors.delete(String(id))) deleted++;
          return reply({ deleted });
        }
        case "range": {
          const all = [...vectors.values()].sort((a, b) => a.id.localeCompare(b.id));
          const start = Number(body.cursor || 0);
          const page = all.slice(start, start + body.limit);
          const next = start + page.length;
          return reply({
            nextCursor: next < all.length ? String(next) : "",
            vectors: page.map((v) => ({ id: v.id, ...(body.includeMetadata && { metadata: v.metadata }) })),
          });
        }
        default:
          return reply(`Unknown endpoint ${endpoint}`, 404);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    vectors,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
