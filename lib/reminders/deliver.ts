import {
  claimDueDeliveries,
  queueDueReminders,
  settleDelivery,
  type ClaimedDelivery,
  type DeliverySettlement,
} from "@/db/reminder-deliveries";
import type { ReminderDeliveryState } from "@/db/schema";
import { reminderChannels, type DeliveryOutcome, type ReminderChannel } from "./channels";
import { settlementFor } from "./retry-policy";

/**
 * The one delivery core (issue 15, decision 014), called by the cron route and the
 * in-process ticker alike, by any number of instances at once:
 * 1. queue: every due reminder (a task's `remind_at` ≤ now, task neither deleted nor
 *    completed) gets one row per enabled channel, at most once ever (unique key);
 * 2. claim: a batch of due rows, FOR UPDATE SKIP LOCKED, each leased to this caller;
 * 3. deliver: to each row's channel, outside any transaction, unless the task was deleted,
 *    completed or its reminder changed since (then `cancelled`);
 * 4. settle: delivered / skipped / failed, or pending again after a backoff.
 * Each reminder reaches each channel once: a row is delivered only by the caller holding
 * its claim, and a settled row is never claimed again. (Only a caller that dies between
 * delivering and settling leaves a row to be tried again when its lease runs out; the
 * in-app channel is idempotent, so even then it shows once.)
 */

/**
 * Reminders further in the past than this are not delivered (after a long outage, or the
 * old reminders of tasks from before this feature). Two days: a once-a-day cron (Vercel
 * Hobby, which fires anywhere within its hour) still delivers every reminder.
 */
export const MAX_LATENESS_MS = 48 * 60 * 60_000;
/** Rows claimed at once; with CHANNEL_CONCURRENCY and CHANNEL_TIMEOUT_MS, well inside the lease. */
const BATCH_SIZE = 20;
const CHANNEL_CONCURRENCY = 5;
const CHANNEL_TIMEOUT_MS = 20_000;
const LEASE_MS = 5 * 60_000;
/** A run stops claiming after this long, so a cron call ends well inside a function's limit. */
const RUN_BUDGET_MS = 25_000;

export interface DeliveryReport {
  /** Channel deliveries that reached their channel in this run. */
  delivered: number;
  skipped: number;
  /** Attempts that failed and will be tried again later. */
  retrying: number;
  failed: number;
  /** Claimed, but the task was deleted, completed or its reminder changed meanwhile. */
  cancelled: number;
}

export interface DeliverOptions {
  /** The channels to deliver to; the registered, enabled ones by default (tests pass their own). */
  channels?: readonly ReminderChannel[];
  /** Only this user's reminders (the open app's poll delivers its own in-app reminders). */
  userId?: string;
}

/** Delivers every reminder due at `now`; safe to call from any number of places at once. */
export async function deliverDueReminders(
  now: Date = new Date(),
  options: DeliverOptions = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: 0, skipped: 0, retrying: 0, failed: 0, cancelled: 0 };
  const channels = options.channels ?? reminderChannels();
  const names = channels.map((channel) => channel.name);
  if (names.length === 0) return report;
  const oldest = new Date(now.getTime() - MAX_LATENESS_MS);
  await queueDueReminders(now, oldest, names, options.userId);

  const started = Date.now();
  for (;;) {
    const claimed = await claimDueDeliveries(
      now,
      new Date(now.getTime() + LEASE_MS),
      BATCH_SIZE,
      names,
      oldest,
      options.userId,
    );
    await forEachConcurrently(claimed, CHANNEL_CONCURRENCY, async (delivery) => {
      const channel = channels.find((candidate) => candidate.name === delivery.channel)!;
      const settlement: DeliverySettlement = delivery.live
        ? settlementFor(await attempt(channel, delivery), delivery.attempts, now)
        : { state: "cancelled", lastError: "the task was deleted, completed or re-timed" };
      if (await settleDelivery(delivery.id, delivery.attempts, settlement)) {
        count(report, settlement.state);
      }
    });
    if (claimed.length < BATCH_SIZE || Date.now() - started > RUN_BUDGET_MS) break;
  }
  return report;
}

function count(report: DeliveryReport, state: ReminderDeliveryState): void {
  if (state === "pending") report.retrying += 1;
  else report[state] += 1;
}

/** One channel's attempt; a throw or a time-out is a transient failure. */
async function attempt(
  channel: ReminderChannel,
  delivery: ClaimedDelivery,
): Promise<DeliveryOutcome> {
  let timer: NodeJS.Timeout | undefined;
  try {
    if (channel.isEnabledFor && !(await channel.isEnabledFor(delivery.user_id))) {
      return { status: "skipped", reason: `no ${channel.name} destination` };
    }
    const timeout = new Promise<DeliveryOutcome>((resolve) => {
      timer = setTimeout(
        () => resolve({ status: "retry", error: `timed out after ${CHANNEL_TIMEOUT_MS} ms` }),
        CHANNEL_TIMEOUT_MS,
      );
    });
    const outcome = await Promise.race([
      channel.deliver({
        deliveryId: delivery.id,
        userId: delivery.user_id,
        taskId: delivery.task_id,
        taskNumber: delivery.task_number,
        title: delivery.title,
        remindAt: delivery.remind_at,
        dueDate: delivery.due_date,
        dueTime: delivery.due_time,
        attempt: delivery.attempts,
      }),
      timeout,
    ]);
    if (outcome.status === "retry" || outcome.status === "failed") {
      console.warn(`[taskchat] reminder ${channel.name} ${outcome.status}: ${outcome.error}`);
    }
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`[taskchat] reminder ${channel.name} failed, will retry: ${message}`);
    return { status: "retry", error: message };
  } finally {
    clearTimeout(timer);
  }
}

async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
