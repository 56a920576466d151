import { database } from "@/db";
import { keepStatisticsCurrent } from "@/db/embedded/statistics";
import { ensureDatabaseReady } from "@/db/ready";
import { startProcessTicker } from "./ticker";

/** How often the embedded database's tables are checked (autovacuum's own `naptime`). */
const UPKEEP_INTERVAL_MS = 60_000;
/** The first check waits this long after start, so the first answers come first. */
const FIRST_UPKEEP_MS = 3_000;

/**
 * On the embedded database, what a Postgres server's autovacuum does (db/embedded/
 * statistics.ts): a few seconds after start, then every minute. Its statements take turns
 * at the one connection as a party of their own (db/party.ts), so no request waits for
 * more than one of them.
 */
export function startEmbeddedUpkeep(): void {
  if (database().driver !== "pglite") return;
  startProcessTicker(
    "embedded-upkeep",
    async () => {
      // Not ready (and already reported by start-up and the requests): try next time.
      const ready = await ensureDatabaseReady().then(
        () => true,
        () => false,
      );
      if (ready) await keepStatisticsCurrent(database().db);
    },
    {
      intervalMs: UPKEEP_INTERVAL_MS,
      firstDelayMs: FIRST_UPKEEP_MS,
      failure: "embedded database upkeep failed (tried again in a minute)",
    },
  );
}
