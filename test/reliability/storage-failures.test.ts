import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectStorageUnavailablePages } from "../support/pages";
import { startServer, type RunningServer } from "../support/server";
import { apiAs, signUp, type TestUser } from "../support/users";

/**
 * The disk under the embedded database fails: full, or mounted read-only. The server
 * must say so with 503 in the contract's error shape (never 500), and its logging —
 * which may sit on the same failing disk, or in a pipe nobody drains — must never
 * hang or crash it. Each server runs in its own mount namespace, so the test can give
 * it a small or read-only file system without touching the machine's.
 */
function mountNamespaceProblem(): string | undefined {
  const probe = spawnSync("unshare", ["--mount", "sh", "-c", "mount -t tmpfs tmpfs /mnt"], {
    encoding: "utf8",
  });
  if (probe.error) return `unshare is not installed (${probe.error.message})`;
  if (probe.status !== 0)
    return `cannot mount in a private mount namespace: ${probe.stderr.trim()}`;
  return undefined;
}

const problem = mountNamespaceProblem();
if (problem) console.warn(`[tests] skipping the storage failure tests: ${problem} (run as root).`);

const STORAGE_ERROR = {
  code: "DATABASE_UNAVAILABLE",
  message: expect.stringMatching(/storage/),
};

/** Runs the server with `setup` (a shell snippet, `$0` = the folder) done in its own mount namespace. */
function inMountNamespace(setup: string, folder: string): string[] {
  return [
    "unshare",
    "--mount",
    "--propagation",
    "private",
    "sh",
    "-c",
    `${setup} && exec "$@"`,
    folder,
  ];
}

let root: string;
const servers: RunningServer[] = [];
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-storage-"));
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function start(env: Record<string, string>, wrap?: string[]) {
  const server = await startServer(env, undefined, { wrap });
  servers.push(server);
  return server;
}

describe.skipIf(!!problem)("storage failures", () => {
  it("a read-only volume answers 503 with a clear message, not 500", async () => {
    const volume = path.join(root, "read-only");
    const env = { PGLITE_DIR: path.join(volume, "pglite") };
    const seeding = await start(env);
    const user: TestUser = await signUp(seeding.url);
    expect((await apiAs(seeding.url, user)("POST", "/api/tasks", { title: "kept" })).status).toBe(
      201,
    );
    await servers.pop()!.stop();

    const server = await start(
      env,
      inMountNamespace('mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0"', volume),
    );
    const api = apiAs(server.url, user);
    for (const [method, route, body] of [
      ["GET", "/api/tasks", undefined],
      ["POST", "/api/tasks", { title: "refused" }],
    ] as const) {
      const response = await api(method, route, body);
      expect(response.status, response.text).toBe(503);
      expect(response.json.error).toEqual(STORAGE_ERROR);
    }
    // The pages too: the "storage unavailable" page with 503, not Next's 500 page.
    await expectStorageUnavailablePages(server.url, user, /storage/);
    expect(server.output()).toMatch(/EROFS|read-only/i);
  });

  it("a full disk answers 503 on writes, never 500, and the server keeps answering", async () => {
    const volume = path.join(root, "small");
    fs.mkdirSync(volume);
    // The server's log sits on the same small disk, so it fails along with the database.
    const server = await start(
      { PGLITE_DIR: path.join(volume, "pglite") },
      inMountNamespace(
        'mount -t tmpfs -o size=160m tmpfs "$0" && exec >"$0/server.log" 2>&1',
        volume,
      ),
    );
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    expect((await api("POST", "/api/tasks", { title: "before" })).status).toBe(201);

    // The server's view of the volume (its mount namespace), reached through /proc.
    const seen = `/proc/${server.pid}/root${volume}`;
    fillDisk(path.join(seen, "filler"));

    const statuses = new Set<number>();
    let refused: { status: number; json: { error: unknown }; text: string } | undefined;
    for (let i = 0; i < 400 && !refused; i++) {
      const response = await api("POST", "/api/tasks", {
        title: `task ${i}`,
        description: "x".repeat(1900),
      });
      statuses.add(response.status);
      if (response.status !== 201) refused = response;
    }
    expect(refused, "the full disk never refused a write").toBeDefined();
    expect(refused!.status, refused!.text).toBe(503);
    expect(refused!.json.error).toEqual(STORAGE_ERROR);
    expect([...statuses].filter((status) => status !== 201 && status !== 503)).toEqual([]);
    // Not hung: pages and the health of the process are unaffected.
    expect((await fetch(`${server.url}/sign-in`)).status).toBe(200);
    for (let i = 0; i < 20; i++) {
      const response = await api("POST", "/api/tasks", { title: `after ${i}` });
      expect(response.status, response.text).toBe(503);
    }
    const log = fs.readFileSync(path.join(seen, "server.log"), "utf8");
    expect(log).not.toContain("x".repeat(100)); // task text never reaches the log
  });
});

describe.skipIf(!!problem)("logging never blocks or crashes a request", () => {
  let holder: RunningServer;
  let folder: string;
  beforeAll(async () => {
    // A folder another server holds: every request to a second server on it logs a line.
    folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-log-")), "pglite");
    holder = await startServer({ PGLITE_DIR: folder });
  });
  afterAll(async () => {
    await holder?.stop();
    fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  async function hammer(server: RunningServer, requests: number) {
    for (let i = 0; i < requests; i++) {
      const response = await fetch(`${server.url}/api/tasks`, {
        headers: { authorization: "Bearer whatever" },
        signal: AbortSignal.timeout(10_000),
      });
      expect(response.status).toBe(503);
    }
  }

  it("with the log going into a pipe that nobody drains", async () => {
    const fifo = path.join(path.dirname(folder), "log.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // A reader that never reads: the pipe fills (64 KiB) and stays full.
    const reader = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const server = await start({ PGLITE_DIR: folder }, [
        "sh",
        "-c",
        'exec "$@" >"$0" 2>&1',
        fifo,
      ]);
      await hammer(server, 600); // ~300 bytes of log each: several times the pipe's size
    } finally {
      fs.closeSync(reader);
    }
  });
});

function fillDisk(file: string): void {
  const block = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, "w");
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
    // Also the last partial block's worth.
    for (let size = 1 << 19; size >= 512; size >>= 1) {
      try {
        fs.writeSync(fd, block.subarray(0, size));
      } catch {
        // Smaller next.
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}
