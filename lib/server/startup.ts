import { env } from "@/lib/env";
import { authSecret } from "@/lib/auth/secret";
import { ensureDatabaseReady } from "@/db/ready";
import { announcePushConfiguration } from "@/lib/push/vapid";
import { deliverDueReminders } from "@/lib/reminders/deliver";
import { assertDurableDatabase } from "./durable-database";
import { startEmbeddedUpkeep } from "./embedded-upkeep";
import { startProcessTicker } from "./ticker";
import { installNonBlockingConsole } from "./non-blocking-log";
import { stampPeerAddresses } from "./peer-address";
import { logFailure } from "@/lib/log";

/**
 * What a server process does once, when it starts (called from `instrumentation.ts`).
 * A configuration that cannot work stops the process here with one clear sentence,
 * instead of a server that says "Ready" and then answers 500. Then we migrate, so the
 * first visitor does not wait and a database problem shows in the logs at once.
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
  try {
    await ensureDatabaseReady();
  } catch (error) {
    // Requests retry the migration; the server stays up to answer 503s meanwhile.
    logFailure("database not ready at startup", error);
  }
  // The embedded database has no autovacuum: its planner statistics are kept here.
  startEmbeddedUpkeep();
  // Push is optional: without VAPID keys it is off with a warning, never a refusal to start.
  await announcePushConfiguration();
  startReminders();
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
