import type { Kysely } from "kysely";
import { database, type Database } from "@/db";
import { checkpointIfWritten } from "@/db/embedded/checkpoint";
import { keepStatisticsCurrent } from "@/db/embedded/statistics";
import { ensureDatabaseReady } from "@/db/ready";
import { startProcessTicker } from "./ticker";

/** How often the embedded database's tables are checked (autovacuum's own `naptime`). */
const UPKEEP_INTERVAL_MS = 60_000;
/** The first check waits this long after start, so the first answers come first. */
const FIRST_UPKEEP_MS = 3_000;

/**
 * On the embedded database, what a Postgres server's autovacuum and checkpointer do
 * (db/embedded/statistics.ts, db/embedded/checkpoint.ts): a few seconds after start, then
 * every minute. Its statements take turns at the one connection as a party of their own
 * (db/party.ts), so no request waits for more than one of them. `databaseReady`: start-up
 * opened and checked the database (else the first tick that finds it ready carries on).
 */
export function startEmbeddedUpkeep(databaseReady: boolean): void {
  if (database().driver !== "pglite") return;
  if (databaseReady) checkpointWhenStopped();
  startProcessTicker(
    "embedded-upkeep",
    async () => {
      // Not ready (and already reported by start-up and the requests): try next time.
      const ready = await ensureDatabaseReady().then(
        () => true,
        () => false,
      );
      if (!ready) return;
      checkpointWhenStopped();
      await embeddedUpkeep(database().db);
    },
    {
      intervalMs: UPKEEP_INTERVAL_MS,
      firstDelayMs: FIRST_UPKEEP_MS,
      failure: "embedded database upkeep failed (tried again in a minute)",
    },
  );
}

/**
 * One run: the planner statistics that are due, then a checkpoint if anything was
 * written, so a start after a crash replays at most a minute's writes.
 */
export async function embeddedUpkeep(db: Kysely<Database>): Promise<void> {
  await keepStatisticsCurrent(db);
  await checkpointIfWritten(db);
}

const holder = globalThis as typeof globalThis & { __taskchatCheckpointOnStop?: boolean };

/** How long a stopping server waits for its checkpoint before it exits anyway. */
const STOP_CHECKPOINT_MAX_MS = 3_000;

/**
 * When the server is told to stop (SIGTERM, SIGINT), a checkpoint: the next start then
 * replays nothing (~0.1 s less after 40,000 rows written, more the longer the server
 * ran; docs/performance.md). The database is not closed: Next finishes the requests in
 * flight before it exits, and they may still need it; the checkpoint takes its turn
 * among their statements. Next's own handler exits as soon as its HTTP server has
 * closed, which does not wait for this, so its `process.exit` waits for the checkpoint
 * (at most STOP_CHECKPOINT_MAX_MS). Without another handler for the signal (Next installs
 * one unless NEXT_MANUAL_SIG_HANDLE is set), the process then ends as the signal would
 * have ended it.
 */
export function checkpointWhenStopped(): void {
  if (holder.__taskchatCheckpointOnStop) return;
  holder.__taskchatCheckpointOnStop = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      const alone = process.listenerCount(signal) === 0;
      const checkpointed = Promise.race([
        checkpointIfWritten(database().db).catch(() => {
          // A database that failed or was lost has nothing to checkpoint into.
        }),
        new Promise((resolve) => setTimeout(resolve, STOP_CHECKPOINT_MAX_MS).unref()),
      ]);
      const exit = process.exit.bind(process);
      process.exit = ((code?: number) => {
        void checkpointed.then(() => exit(code));
      }) as typeof process.exit;
      if (alone) void checkpointed.then(() => process.kill(process.pid, signal));
    });
  }
}
