import net from "node:net";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

/**
 * Test double for Neon's WebSocket endpoint: relays each WebSocket to the TCP
 * address in its `?address=host:port` query, so @neondatabase/serverless can
 * talk to the local PostgreSQL.
 */
export async function startNeonWsProxy(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  server.on("connection", (socket, request) => {
    const address = new URL(request.url ?? "/", "http://proxy").searchParams.get("address") ?? "";
    const [host, port] = address.split(":");
    const tcp = net.connect({ host: host === "localhost" ? "127.0.0.1" : host, port: Number(port) });
    const pending: Buffer[] = [];
    tcp.on("connect", () => pending.splice(0).forEach((chunk) => tcp.write(chunk)));
    socket.on("message", (data: Buffer) => (tcp.connecting ? pending.push(data) : tcp.write(data)));
    tcp.on("data", (chunk) => socket.send(chunk));
    socket.on("close", () => tcp.destroy());
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.close());
    socket.on("error", () => tcp.destroy());
  });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
