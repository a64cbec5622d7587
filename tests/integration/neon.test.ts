import { neonConfig } from "@neondatabase/serverless";
import { startNeonWsProxy } from "../support/neon-ws-proxy";
import { createTestDatabase, postgresUnavailable } from "../support/postgres";
import { dataLayerSuite } from "./data-layer.suite";

dataLayerSuite("neon", async () => {
  const unavailable = await postgresUnavailable();
  if (unavailable) return { skip: unavailable };
  const database = await createTestDatabase();
  const proxy = await startNeonWsProxy();
  neonConfig.wsProxy = (host, port) => `127.0.0.1:${proxy.port}/v1?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_DRIVER = "neon";
  return {
    teardown: async () => {
      await proxy.close();
      await database.drop();
    },
  };
});
