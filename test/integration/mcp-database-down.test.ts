import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, skipWithoutServer, TEST_DATABASE_URL } from "../support/databases";
import { createApiKey, postMcp } from "../support/mcp";
import { freePort, startServer, type RunningServer } from "../support/server";
import { signUp } from "../support/users";

/** A TCP relay to the database server that the test can cut, as an outage would. */
async function startRelay(target: URL): Promise<{ port: number; cut: () => Promise<void> }> {
  const [host, targetPort] = [target.hostname, Number(target.port || 5432)];
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(targetPort, host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => relay.listen(port, "127.0.0.1", resolve));
  return {
    port,
    cut: async () => {
      await new Promise<void>((resolve) => {
        relay.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

const noServer = !TEST_DATABASE_URL;
if (noServer) skipWithoutServer("MCP database outage (Postgres server)");

describe.skipIf(noServer)("MCP while the database is down (Postgres server)", () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let relay: Awaited<ReturnType<typeof startRelay>>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const url = new URL(database.url);
    relay = await startRelay(url);
    url.host = `127.0.0.1:${relay.port}`;
    server = await startServer({ DATABASE_URL: url.toString() });
  });

  afterAll(async () => {
    await server?.stop();
    await drop?.();
  });

  it("answers 503, not 401, when a key cannot be checked", async () => {
    const user = await signUp(server.url);
    const { key } = await createApiKey(server.url, user);
    const authorization = `Bearer ${key}`;
    expect((await postMcp(server.url, { authorization })).status).toBe(200);

    await relay.cut();
    const response = await postMcp(server.url, { authorization });
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("DATABASE_UNAVAILABLE");
  });
});
