import { sql, type Kysely } from "kysely";
import type { Database } from "@/db/schema";

/**
 * Write-ahead log past the last checkpoint beyond this is worth a checkpoint. An idle
 * database's log ends with the checkpoint's own record (~120 bytes), which is not.
 */
const CHECKPOINT_AFTER_WAL_BYTES = 1024;

/**
 * Bytes of write-ahead log a start after a crash (or a stop without closing) replays.
 * PGlite runs Postgres in single-user mode: no checkpointer ever runs, so the redo point
 * moves only when a checkpoint is asked for or the database is closed. A server that
 * is stopped (SIGTERM) without closing it replayed, at its next start, everything it had
 * written since it started (docs/performance.md).
 */
export async function walSinceCheckpoint(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ bytes: string | number }>`
    select pg_wal_lsn_diff(pg_current_wal_lsn(), checkpoint_lsn) as bytes
    from pg_control_checkpoint()`.execute(db);
  return Number(rows[0]!.bytes);
}

/** A checkpoint when anything was written since the last one; says whether it ran. */
export async function checkpointIfWritten(db: Kysely<Database>): Promise<boolean> {
  if ((await walSinceCheckpoint(db)) <= CHECKPOINT_AFTER_WAL_BYTES) return false;
  await sql`checkpoint`.execute(db);
  return true;
}
