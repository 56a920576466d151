import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgliteDir } from "../support/databases";
import { startServer } from "../support/server";
import { signUp } from "../support/users";

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

// PGlite has no checkpointer (single-user mode) and the server does not close it when
// told to stop, so the next start replayed every write of the last run. Told to stop,
// the server checkpoints first (lib/server/embedded-upkeep.ts): measured in bytes the
// next open replays, from Postgres' own recovery messages, never in time.
describe("an embedded database server told to stop", () => {
  const data = createPgliteDir();
  afterAll(() => data.remove());

  it("checkpoints first, so the next start replays (almost) nothing", async () => {
    const server = await startServer({ PGLITE_DIR: data.dir });
    let user: { id: string };
    try {
      for (let i = 0; i < 5; i++) user = await signUp(server.url);
    } finally {
      await server.stop();
    }
    const log: string[] = [];
    const pglite = await PGlite.create(data.dir, {
      onStderr: (text) => (log.push(text), false),
    });
    try {
      const recovery = log.join("\n");
      const range = recovery.match(
        /redo starts at ([0-9A-F]+)\/([0-9A-F]+)[\s\S]*redo done at ([0-9A-F]+)\/([0-9A-F]+)/,
      );
      const lsn = (high: string, low: string) => parseInt(high, 16) * 2 ** 32 + parseInt(low, 16);
      const replayed = range ? lsn(range[3]!, range[4]!) - lsn(range[1]!, range[2]!) : 0;
      expect(replayed, recovery).toBeLessThan(1024);
      // Nothing written before the stop is lost.
      const { rows } = await pglite.query(`select 1 from "user" where id = $1`, [user!.id]);
      expect(rows).toHaveLength(1);
    } finally {
      await pglite.close();
    }
  });
});
