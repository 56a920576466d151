import { env } from "@/lib/env";
import { assertDurableDatabase } from "@/lib/server/durable-database";
import { connect, type DatabaseConnectionHandle } from "./connect";

export type { Database } from "./schema";

// One handle per process. Kept on globalThis because dev-mode module reloading
// would otherwise open a second PGlite on the same folder.
const holder = globalThis as typeof globalThis & { __taskchatDatabase?: DatabaseConnectionHandle };

/** The process's database handle, chosen by configuration alone. Opens nothing until first query. */
export function database(): DatabaseConnectionHandle {
  if (!holder.__taskchatDatabase) {
    const config = env();
    // Also here, not only at start: scripts and the build open the database too.
    assertDurableDatabase(config);
    holder.__taskchatDatabase = connect({
      url: config.DATABASE_URL,
      pgliteDir: config.PGLITE_DIR,
      poolMax: config.DATABASE_POOL_MAX,
      driver: config.DATABASE_DRIVER,
      neonWsProxy: config.NEON_WS_PROXY,
      guardAgainstEmptyStart: config.NODE_ENV === "production",
      allowNewEmbeddedDatabase: config.PGLITE_ALLOW_NEW,
    });
  }
  return holder.__taskchatDatabase;
}

/** Closes the process's handle (scripts and tests); the next `database()` opens a new one. */
export async function closeDatabase(): Promise<void> {
  const handle = holder.__taskchatDatabase;
  holder.__taskchatDatabase = undefined;
  await handle?.db.destroy();
}
