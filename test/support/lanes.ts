import { spawn } from "node:child_process";
import pg from "pg";
import { describe } from "vitest";
import { createPgliteDir, createTestDatabase, skipWithoutServer } from "./databases";
import { startWsProxy, type WsProxy } from "./ws-proxy";

/**
 * The integration suites run once per lane: the embedded PGlite (always), `pg` on the
 * Postgres server, and Neon's serverless driver reaching that server through a
 * WebSocket proxy. The server lanes need TEST_DATABASE_URL and are skipped, with a
 * message saying so, without it.
 */
export type LaneName = "pglite" | "pg" | "neon";

export interface Lane {
  name: LaneName;
  title: string;
}

export const LANES: readonly Lane[] = [
  { name: "pglite", title: "PGlite" },
  { name: "pg", title: "Postgres server (pg)" },
  { name: "neon", title: "Neon driver through a WebSocket proxy" },
];

/** The embedded database and the Postgres server: for suites the driver does not concern. */
export const PGLITE_AND_PG: readonly Lane[] = LANES.filter((lane) => lane.name !== "neon");

/** `describe` once per lane, skipping (visibly) the server lanes when there is no server. */
export function describeEachLane(body: (lane: Lane) => void, lanes: readonly Lane[] = LANES): void {
  for (const lane of lanes) {
    const skip = lane.name !== "pglite" && skipWithoutServer(lane.title);
    describe.skipIf(skip)(lane.title, () => body(lane));
  }
}

/** A fresh, empty database for one lane, with what a server needs to use it. */
export interface LaneDatabase {
  lane: Lane;
  /** The server's database configuration (on top of startServer's defaults). */
  env: Record<string, string>;
  /** The Postgres URL (server lanes only). */
  url?: string;
  /** The PGlite folder (PGlite lane only). */
  pgliteDir?: string;
  proxy?: WsProxy;
  /**
   * Runs SQL from the test process. On PGlite only while no server holds the folder
   * (PGlite is one process at a time): it opens, queries and closes it.
   */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  remove(): Promise<void>;
}

export async function createLaneDatabase(lane: Lane): Promise<LaneDatabase> {
  if (lane.name === "pglite") {
    const { dir, remove } = createPgliteDir();
    return {
      lane,
      env: { PGLITE_DIR: dir },
      pgliteDir: dir,
      query: async <Row>(text: string, params?: unknown[]) => {
        const { PGlite } = await import("@electric-sql/pglite");
        const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
        const db = await PGlite.create(dir, { extensions: { pg_trgm } });
        try {
          return (await db.query<Row>(text, params)).rows;
        } finally {
          await db.close();
        }
      },
      remove: async () => remove(),
    };
  }
  const { url, drop } = await createTestDatabase();
  const proxy = lane.name === "neon" ? await startWsProxy() : undefined;
  const env: Record<string, string> = proxy
    ? { DATABASE_URL: url, DATABASE_DRIVER: "neon", NEON_WS_PROXY: proxy.address }
    : { DATABASE_URL: url };
  return {
    lane,
    env,
    url,
    proxy,
    query: async <Row>(text: string, params?: unknown[]) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as Row[];
      } finally {
        await client.end();
      }
    },
    remove: async () => {
      await proxy?.close();
      await drop();
    },
  };
}

/**
 * A command run to its end in the project folder with only this environment (besides
 * PATH and HOME, and NODE_ENV=production as a deployment has it): its exit code and
 * everything it printed.
 */
export function runCommand(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** `npm run db:migrate` against this lane's database, as a deployment runs it before starting the new version. */
export function runDbMigrate(database: LaneDatabase): Promise<{ code: number; output: string }> {
  return runCommand("npm", ["run", "--silent", "db:migrate"], {
    BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123456789",
    ...database.env,
  });
}
