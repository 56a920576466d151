import { database } from "@/db";
import { keepStatisticsCurrent } from "@/db/embedded/statistics";
import { ensureDatabaseReady } from "@/db/ready";
import { isBuildPhase } from "@/lib/env";
import { logFailure } from "@/lib/log";

/** How often the embedded database's tables are checked (autovacuum's own `naptime`). */
const UPKEEP_INTERVAL_MS = 60_000;
/** The first check waits this long after start, so the first answers come first. */
const FIRST_UPKEEP_MS = 3_000;

const holder = globalThis as typeof globalThis & { __taskchatEmbeddedUpkeep?: boolean };

/**
 * On the embedded database, what a Postgres server's autovacuum does (db/embedded/
 * statistics.ts): a few seconds after start, then every minute, each run starting after the previous one
 * ended. Its statements take turns at the one connection as a party of their own
 * (db/party.ts), so no request waits for more than one of them. Never keeps the process
 * alive, never during `next build`; a failure is logged and tried again next time.
 */
export function startEmbeddedUpkeep(): void {
  if (isBuildPhase() || holder.__taskchatEmbeddedUpkeep) return;
  if (database().driver !== "pglite") return;
  holder.__taskchatEmbeddedUpkeep = true;
  const run = async () => {
    try {
      // Not ready (and already reported by start-up and the requests): try next time.
      const ready = await ensureDatabaseReady().then(
        () => true,
        () => false,
      );
      if (ready) await keepStatisticsCurrent(database().db);
    } catch (error) {
      logFailure("embedded database upkeep failed (tried again in a minute)", error);
    }
    schedule(UPKEEP_INTERVAL_MS);
  };
  const schedule = (ms: number) => setTimeout(() => void run(), ms).unref();
  schedule(FIRST_UPKEEP_MS);
}
