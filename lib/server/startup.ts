import { sql } from "kysely";
import { database } from "@/db";
import { env } from "@/lib/env";
import { authSecret } from "@/lib/auth/secret";
import { assertDurableDatabase } from "./durable-database";
import { installNonBlockingConsole } from "./non-blocking-log";
import { stampPeerAddresses } from "./peer-address";
import { startProcessTicker } from "./ticker";
import { logFailure } from "@/lib/log";

/**
 * What a server process does once, when it starts (called from `instrumentation.ts`).
 * A configuration that cannot work stops the process here with one clear sentence,
 * instead of a server that says "Ready" and then answers 500. Then the database is
 * opened and migrated, so a database problem shows in the logs at once.
 *
 * Only the checks are awaited. Next answers no request until this returns, and much of
 * a first request's time is Next loading that request's code, which can run while the
 * database opens (docs/decisions/021-start-without-waiting-for-the-database.md). Every
 * path that needs the database awaits `ensureDatabaseReady()` itself: the same promise.
 * The modules only start-up's background work uses are imported when it runs, so the
 * start-up module is small (a module here is evaluated apart from the routes' copies).
 */
export async function startServerProcess(): Promise<void> {
  // First: a full disk or an unread log pipe must never block or crash request handling.
  installNonBlockingConsole();
  try {
    assertDurableDatabase(env());
    authSecret();
  } catch (error) {
    console.error(`[taskchat] cannot start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  // Before any request: per-client limits key on the socket address (lib/http/client-address.ts).
  stampPeerAddresses();
  void prepareDatabase().catch((error: unknown) => logFailure("start-up failed", error));
  startReminders();
}

/** Opens and migrates the database, then starts what needs it. */
async function prepareDatabase(): Promise<void> {
  let ready = false;
  try {
    // Opening first, so that the migration check's modules (Better Auth's schema) load
    // while PGlite compiles its WebAssembly in the background. A failure to open fails
    // the check below too, and is reported there once.
    sql`select 1`.execute(database().db).catch(() => {});
    const { ensureDatabaseReady } = await import("@/db/ready");
    await ensureDatabaseReady();
    ready = true;
  } catch (error) {
    // Requests retry the migration; the server stays up to answer 503s meanwhile.
    logFailure("database not ready at startup", error);
  }
  // The embedded database has no autovacuum nor checkpointer: their work is done here.
  const { startEmbeddedUpkeep } = await import("./embedded-upkeep");
  startEmbeddedUpkeep(ready);
  // Push is optional: without VAPID keys it is off with a warning, never a refusal to start.
  const { announcePushConfiguration } = await import("@/lib/push/vapid");
  await announcePushConfiguration();
}

/**
 * The in-process reminder ticker (docs/reminders.md), unless REMINDERS_TICKER=off or on
 * Vercel (where the cron route is the trigger). Each tick migrates first if the
 * database was not ready at startup, then delivers.
 */
function startReminders(): void {
  const config = env();
  if (config.VERCEL && !config.CRON_SECRET) {
    console.warn(
      "[taskchat] CRON_SECRET is not set: /api/cron/reminders refuses every call, so Vercel Cron cannot deliver reminders.",
    );
  }
  // On Vercel a function instance lives only while it serves requests: Vercel Cron triggers.
  if (config.REMINDERS_TICKER === "off" || config.VERCEL) return;
  startProcessTicker(
    "reminders",
    async () => {
      const [{ ensureDatabaseReady }, { deliverDueReminders }] = await Promise.all([
        import("@/db/ready"),
        import("@/lib/reminders/deliver"),
      ]);
      await ensureDatabaseReady();
      const report = await deliverDueReminders(new Date());
      if (report.delivered > 0) console.log(`[taskchat] reminders delivered: ${report.delivered}`);
    },
    {
      intervalMs: config.REMINDERS_TICK_MS,
      failure: "reminder delivery failed (tried again next tick)",
    },
  );
}
