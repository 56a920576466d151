import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../support/server";

// Start-up (lib/server/startup.ts; docs/decisions/021): Next answers no request until
// instrumentation's register() returns, so register awaits only the configuration checks
// and the database is opened and migrated in the background; whatever needs the database
// awaits it itself. Proved with a database that accepts connections and never answers:
// while start-up waited for it, the server answered nothing at all.

describe("a server whose database never answers", () => {
  let silent: net.Server;
  const sockets = new Set<net.Socket>();
  let port = 0;
  beforeAll(async () => {
    silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on("error", () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    port = (silent.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it("answers what needs no database, and has tried the database meanwhile", async () => {
    const server = await startServer(
      { DATABASE_URL: `postgres://nobody@127.0.0.1:${port}/none` },
      undefined,
      { readyPath: "/api/no-such-endpoint" },
    );
    try {
      const response = await fetch(`${server.url}/api/no-such-endpoint`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
      // Start-up opened the database without waiting for it (the answer came first).
      for (let tries = 0; sockets.size === 0 && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(sockets.size).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});
