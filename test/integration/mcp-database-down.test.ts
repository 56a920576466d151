import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, skipWithoutServer, TEST_DATABASE_URL } from "../support/databases";
import { createApiKey, postMcp } from "../support/mcp";
import { startServer, type RunningServer } from "../support/server";
import { startTcpProxy, viaProxy, type TcpProxy } from "../support/tcp-proxy";
import { expectStorageUnavailablePages } from "../support/pages";
import { signUp } from "../support/users";

const noServer = !TEST_DATABASE_URL;
if (noServer) skipWithoutServer("MCP database outage (Postgres server)");

describe.skipIf(noServer)("MCP and pages while the database is down (Postgres server)", () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let relay: TcpProxy;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const url = new URL(database.url);
    relay = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    server = await startServer({ DATABASE_URL: viaProxy(database.url, relay) });
  });

  afterAll(async () => {
    await server?.stop();
    await relay?.close();
    await drop?.();
  });

  it("answers 503, not 401, when a key cannot be checked", async () => {
    const user = await signUp(server.url);
    const { key } = await createApiKey(server.url, user);
    const authorization = `Bearer ${key}`;
    expect((await postMcp(server.url, { authorization })).status).toBe(200);

    relay.cut();
    const response = await postMcp(server.url, { authorization });
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("DATABASE_UNAVAILABLE");
  });

  it("answers the signed-in pages with the storage-unavailable page (503), not Next's 500", async () => {
    relay.restore();
    const user = await signUp(server.url);
    relay.cut();
    await expectStorageUnavailablePages(server.url, user, /database is unavailable/);
  });
});
