import { sql, type Kysely } from "kysely";
import { Migrator, type MigrationResultSet } from "kysely/migration";
import type { DatabaseConnectionHandle } from "./connect";
import type { Database } from "./schema";
import { migrations } from "./migrations";

// Any constant shared by every instance of this app; Postgres advisory locks are keyed by number.
const MIGRATION_LOCK_KEY = 7_324_019_551;

/**
 * Brings the schema up to date: first `beforeOwn` (Better Auth's tables, which ours
 * reference), then our versioned migrations. On a server, instances that start at
 * once queue on an advisory lock; PGlite is one process by construction (lock file).
 *
 * `stamp` names the schema this code expects; a database already stamped with it is
 * up to date, which one query tells (checking by migrating costs ~20 statements and
 * Better Auth's introspection of the catalog: most of a warm start's time).
 */
export async function migrateToLatest(
  handle: DatabaseConnectionHandle,
  beforeOwn: () => Promise<void>,
  stamp?: string,
): Promise<void> {
  if (stamp && (await readSchemaStamp(handle.db)) === stamp) return;
  const run = async () => {
    await beforeOwn();
    const { error, results } = await new Migrator({
      db: handle.db as Kysely<unknown>,
      provider: { getMigrations: async () => migrations },
    }).migrateToLatest();
    if (error) throw new MigrationError(results, error);
    if (stamp) await writeSchemaStamp(handle.db, stamp);
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

/**
 * The stamp is the comment on Kysely's own bookkeeping table, which every migrated
 * database has: no table of ours to create first, and reading it cannot fail (null
 * before the first migration).
 */
async function readSchemaStamp(db: Kysely<Database>): Promise<string | null> {
  const { rows } = await sql<{ stamp: string | null }>`
    select obj_description(to_regclass('kysely_migration'), 'pg_class') as stamp`.execute(db);
  return rows[0]?.stamp ?? null;
}

async function writeSchemaStamp(db: Kysely<Database>, stamp: string): Promise<void> {
  await sql`comment on table kysely_migration is ${sql.lit(stamp)}`.execute(db);
}

class MigrationError extends Error {
  constructor(results: MigrationResultSet["results"], cause: unknown) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    super(`Database migration ${failed} failed: ${String(cause)}`, { cause });
  }
}
