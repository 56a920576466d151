import { sql } from "kysely";
import { database } from "./index";
import type { ReminderDeliveryState } from "./schema";

/**
 * The reminder delivery queue (decision 014). Cross-user by nature: these statements
 * serve the deliverer, never a request, and each is short (no transaction spans a
 * channel's network call, which matters most on PGlite's single connection).
 */

const db = () => database().db;

/**
 * Queues every due reminder for each channel: tasks with `remind_at` in (oldest, now],
 * not deleted, not completed, not queued yet for that channel. Idempotent: the unique
 * (task_id, remind_at, channel) makes a concurrent or repeated call insert nothing new;
 * rows go in one order (task, channel) so concurrent calls wait on each other without
 * deadlocking. Uses tasks_due_reminder_idx. Only `userId`'s reminders when given.
 * Returns how many rows it queued.
 */
export async function queueDueReminders(
  now: Date,
  oldest: Date,
  channels: readonly string[],
  userId?: string,
): Promise<number> {
  if (channels.length === 0) return 0;
  // One user's: tasks_user_completed_number_idx instead.
  const onlyUser = userId === undefined ? sql`` : sql`and t.user_id = ${userId}`;
  // The builder cannot say INSERT … SELECT … CROSS JOIN unnest(…) ON CONFLICT.
  const result = await sql`
    insert into reminder_deliveries (task_id, user_id, remind_at, channel, next_attempt_at)
    select t.id, t.user_id, t.remind_at, c.channel, t.remind_at
    from tasks t
    cross join unnest(cast(${[...channels]} as text[])) as c(channel)
    where t.remind_at is not null and t.deleted_at is null and t.completed = false
      and t.remind_at <= ${now} and t.remind_at > ${oldest} ${onlyUser}
      and not exists (
        select 1 from reminder_deliveries d
        where d.task_id = t.id and d.remind_at = t.remind_at and d.channel = c.channel
      )
    order by t.id, c.channel
    on conflict (task_id, remind_at, channel) do nothing
  `.execute(db());
  return Number(result.numAffectedRows ?? 0);
}

/** A claimed delivery with its task as it is now. */
export interface ClaimedDelivery {
  id: string;
  task_id: string;
  user_id: string;
  remind_at: Date;
  channel: string;
  /** This attempt's number (1 = first); settling checks it, so a stale claim changes nothing. */
  attempts: number;
  task_number: number;
  title: string;
  due_date: string | null;
  due_time: string | null;
  /** The task still wants this reminder: not deleted, not completed, same remind_at. */
  live: boolean;
}

/**
 * Claims up to `limit` pending deliveries that are due (`next_attempt_at <= now`) and not
 * claimed by anyone else (no lease, or an expired one), for the given channels, of
 * reminders after `oldest` (only `userId`'s when given). One
 * statement, so its row locks last only as long as it does: FOR UPDATE SKIP LOCKED makes
 * concurrent claimers pass over each other's rows instead of waiting, and the lease
 * (`claimed_until`) it sets keeps them off the rows after it commits. Uses
 * reminder_deliveries_pending_idx.
 */
export async function claimDueDeliveries(
  now: Date,
  leaseUntil: Date,
  limit: number,
  channels: readonly string[],
  oldest = new Date(0),
  userId?: string,
): Promise<ClaimedDelivery[]> {
  if (channels.length === 0) return [];
  const onlyUser = userId === undefined ? sql`` : sql`and user_id = ${userId}`;
  const result = await sql<ClaimedDelivery>`
    with due as (
      select id from reminder_deliveries
      where state = 'pending' and next_attempt_at <= ${now}
        and (claimed_until is null or claimed_until <= ${now})
        and remind_at > ${oldest} ${onlyUser}
        and channel = any(cast(${[...channels]} as text[]))
      order by next_attempt_at, id
      limit ${limit}
      for update skip locked
    )
    update reminder_deliveries d
    set claimed_until = ${leaseUntil}, attempts = d.attempts + 1, updated_at = now()
    from due, tasks t
    where d.id = due.id and t.id = d.task_id
    returning d.id::text as id, d.task_id::text as task_id, d.user_id, d.remind_at, d.channel,
      d.attempts, t.number as task_number, t.title,
      to_char(t.due_date, 'YYYY-MM-DD') as due_date, to_char(t.due_time, 'HH24:MI') as due_time,
      (t.deleted_at is null and t.completed = false and t.remind_at = d.remind_at) as live
  `.execute(db());
  return result.rows.map((row) => ({ ...row, remind_at: new Date(row.remind_at) }));
}

/** How a claimed attempt ended (see lib/reminders/retry-policy.ts). */
export interface DeliverySettlement {
  state: ReminderDeliveryState;
  /** With `pending`: when to try again. */
  nextAttemptAt?: Date;
  deliveredAt?: Date;
  lastError?: string | null;
}

/**
 * Records an attempt's outcome and releases the claim. Only while the claim is still
 * this attempt's (same `attempts`, still pending): a deliverer whose lease ran out and
 * whose row was claimed again cannot overwrite the newer attempt. False when it could not.
 */
export async function settleDelivery(
  id: string,
  attempt: number,
  settlement: DeliverySettlement,
): Promise<boolean> {
  const result = await db()
    .updateTable("reminder_deliveries")
    .set((eb) => ({
      state: settlement.state,
      claimed_until: null,
      ...(settlement.nextAttemptAt && { next_attempt_at: settlement.nextAttemptAt }),
      delivered_at: settlement.deliveredAt ?? null,
      last_error: settlement.lastError ?? null,
      updated_at: eb.fn("now"),
    }))
    .where("id", "=", id)
    .where("attempts", "=", attempt)
    .where("state", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
