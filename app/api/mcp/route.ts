import { route } from "@/lib/http";
import { handleMcpRequest } from "@/lib/mcp/server";

// Public and read-only, like /api/search. route() still refuses a browser
// page on another site and any body that is not JSON; MCP clients send JSON
// without an Origin, so they pass.
export const POST = route(handleMcpRequest);

// Stateless: no session to stream server messages on or to end.
const statelessOnly = () =>
  Response.json(
    { jsonrpc: "2.0", error: { code: -32000, message: "This MCP server is stateless: POST JSON-RPC messages to /api/mcp." }, id: null },
    { status: 405, headers: { Allow: "POST" } },
  );

export const GET = statelessOnly;
export const DELETE = statelessOnly;
