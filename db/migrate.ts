import { sql, type Kysely } from "kysely";
import { Migrator, type MigrationResultSet } from "kysely/migration";
import type { DatabaseConnectionHandle } from "./connect";
import { migrations } from "./migrations";

// Any constant shared by every instance of this app; Postgres advisory locks are keyed by number.
const MIGRATION_LOCK_KEY = 7_324_019_551;

/**
 * Brings the schema up to date: first `beforeOwn` (Better Auth's tables, which ours
 * reference), then our versioned migrations. On a server, instances that start at
 * once queue on an advisory lock; PGlite is one process by construction (lock file).
 */
export async function migrateToLatest(
  handle: DatabaseConnectionHandle,
  beforeOwn: () => Promise<void>,
): Promise<void> {
  const run = async () => {
    await beforeOwn();
    const { error, results } = await new Migrator({
      db: handle.db as Kysely<unknown>,
      provider: { getMigrations: async () => migrations },
    }).migrateToLatest();
    if (error) throw new MigrationError(results, error);
  };
  if (handle.driver === "pglite") return run();
  await handle.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(connection);
    try {
      await run();
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
  });
}

class MigrationError extends Error {
  constructor(results: MigrationResultSet["results"], cause: unknown) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    super(`Database migration ${failed} failed: ${String(cause)}`, { cause });
  }
}
