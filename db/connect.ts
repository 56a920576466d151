import { Kysely, PostgresDialect, type Dialect, type LogConfig, type PostgresPool } from "kysely";
import type { Database } from "./schema";
import { EmbeddedStorage } from "./embedded/embedded-storage";
import { SerialPGliteDialect } from "./pglite-dialect";
import { withRedactedQueryErrors } from "./query-errors";

export type DriverKind = "pglite" | "pg" | "neon";

export interface ConnectOptions {
  /** Absent → embedded PGlite in `pgliteDir`. */
  url?: string;
  pgliteDir: string;
  poolMax: number;
  /** Overrides the choice made from the URL (e.g. Neon's driver against a local server). */
  driver?: DriverKind;
  /** host:port of a WebSocket-to-TCP proxy, for Neon's driver outside Neon (tests, local dev). */
  neonWsProxy?: string;
  /** Sees every statement sent (tests count round trips with it). */
  log?: LogConfig;
  /**
   * Production: never create an empty embedded database where one was before (a volume
   * that failed to mount), unless `allowNewEmbeddedDatabase` (PGLITE_ALLOW_NEW=1).
   */
  guardAgainstEmptyStart?: boolean;
  allowNewEmbeddedDatabase?: boolean;
}

export interface DatabaseConnectionHandle {
  db: Kysely<Database>;
  driver: DriverKind;
  /** The embedded database's callers waiting for its one connection, by party (PGlite only). */
  waiting?: () => Map<string, number>;
}

export function chooseDriver(options: Pick<ConnectOptions, "url" | "driver">): DriverKind {
  if (options.driver) return options.driver;
  if (!options.url) return "pglite";
  const host = new URL(options.url).hostname;
  return /\.neon\.(tech|build)$/.test(host) ? "neon" : "pg";
}

/**
 * Builds the Kysely handle without touching the database: each driver connects on
 * first use, so importing this during `next build` opens nothing.
 */
export function connect(options: ConnectOptions): DatabaseConnectionHandle {
  const driver = chooseDriver(options);
  const inner = createDialect(driver, options);
  const dialect = withRedactedQueryErrors(inner);
  const db = new Kysely<Database>({ dialect, log: options.log });
  if (inner instanceof SerialPGliteDialect) {
    return { db, driver, waiting: () => inner.queue.waiting() };
  }
  return { db, driver };
}

function createDialect(driver: DriverKind, options: ConnectOptions): Dialect {
  switch (driver) {
    case "pglite":
      return new SerialPGliteDialect(
        new EmbeddedStorage({
          dir: options.pgliteDir,
          guardAgainstEmptyStart: options.guardAgainstEmptyStart ?? false,
          allowNew: options.allowNewEmbeddedDatabase ?? false,
        }),
      );
    case "pg":
      return new PostgresDialect({
        pool: async () => {
          const { Pool } = await import("pg");
          return logIdleErrors(
            new Pool({ connectionString: requireUrl(options), max: options.poolMax }),
          );
        },
      });
    case "neon":
      return new PostgresDialect({
        pool: async () => {
          const { Pool, neonConfig } = await import("@neondatabase/serverless");
          const { WebSocket } = await import("ws");
          neonConfig.webSocketConstructor = WebSocket;
          if (options.neonWsProxy) {
            const proxy = options.neonWsProxy;
            neonConfig.wsProxy = (host, port) => `${proxy}/v1?address=${host}:${port}`;
            neonConfig.useSecureWebSocket = false;
            neonConfig.pipelineTLS = false;
            neonConfig.pipelineConnect = false;
          }
          const pool = new Pool({ connectionString: requireUrl(options), max: options.poolMax });
          // Neon's Pool is pg's Pool over WebSocket; only its typings differ.
          return logIdleErrors(pool) as unknown as PostgresPool;
        },
      });
  }
}

/**
 * An idle pooled connection that the server drops (restart, network cut) makes the
 * pool emit "error"; unheard, that is an uncaught exception that can end the process.
 * The pool has already discarded the connection and opens a new one on demand.
 */
function logIdleErrors<P extends { on(event: "error", listener: (error: Error) => void): unknown }>(
  pool: P,
): P {
  pool.on("error", (error) =>
    console.error("[taskchat] idle database connection lost:", error.message),
  );
  return pool;
}

function requireUrl(options: ConnectOptions): string {
  if (!options.url) throw new Error("DATABASE_URL is required for the pg and neon drivers.");
  return options.url;
}
