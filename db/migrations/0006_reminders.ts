import { sql, type Kysely } from "kysely";

/**
 * Reminders that reach people (issue 15); see docs/reminders.md and decision 014.
 *
 * - `reminder_deliveries`: the delivery queue and its ledger. One row per reminder and
 *   channel; a reminder is a task's `remind_at` value, so (task_id, remind_at, channel) is
 *   unique: a snoozed or moved reminder (a new `remind_at`) is a new reminder with its own
 *   rows, and the same one is never queued twice. Claimed with FOR UPDATE SKIP LOCKED by
 *   setting `claimed_until` (a lease), retried at `next_attempt_at` with backoff.
 * - `notifications`: reminders delivered in the app (`GET /api/notifications`). Unique per
 *   reminder, so the in-app delivery is idempotent even when a claim's lease runs out.
 * - `push_subscriptions`: one browser PushSubscription per device (endpoint unique).
 * - `calendar_feeds`: a user's private ICS feed. Only a hash of the URL's token is stored
 *   (lookup by hash); `nonce` is what the token is derived from with the server's secret,
 *   so the same URL can be shown again, and rotating it (a new nonce) retires the old one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The delivery core's scan: WHERE remind_at <= now AND deleted_at IS NULL AND NOT completed.
  await db.schema
    .createIndex("tasks_due_reminder_idx")
    .on("tasks")
    .column("remind_at")
    .where(sql<boolean>`remind_at is not null and deleted_at is null and completed = false`)
    .execute();

  await db.schema
    .createTable("reminder_deliveries")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("task_id", "bigint", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("remind_at", "timestamptz", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`state in ('pending', 'delivered', 'skipped', 'failed', 'cancelled')`),
    )
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull())
    // A claim is a lease: until then, no other deliverer takes the row.
    .addColumn("claimed_until", "timestamptz")
    .addColumn("last_error", "text")
    .addColumn("delivered_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("reminder_deliveries_reminder_channel_key", [
      "task_id",
      "remind_at",
      "channel",
    ])
    .execute();
  // The claim: WHERE state = 'pending' AND next_attempt_at <= now ORDER BY next_attempt_at.
  await db.schema
    .createIndex("reminder_deliveries_pending_idx")
    .on("reminder_deliveries")
    .columns(["next_attempt_at", "id"])
    .where(sql.ref("state"), "=", "pending")
    .execute();
  await db.schema
    .createIndex("reminder_deliveries_user_idx")
    .on("reminder_deliveries")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("task_id", "bigint", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
    // The per-user task number the API shows (a task's number never changes).
    .addColumn("task_number", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("remind_at", "timestamptz", (c) => c.notNull())
    .addColumn("delivered_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("read_at", "timestamptz")
    .addUniqueConstraint("notifications_reminder_key", ["task_id", "remind_at"])
    .execute();
  // GET /api/notifications: WHERE user_id = ? ORDER BY delivered_at DESC, id DESC.
  await db.schema
    .createIndex("notifications_user_delivered_idx")
    .on("notifications")
    .columns(["user_id", "delivered_at desc", "id desc"])
    .execute();

  await db.schema
    .createTable("push_subscriptions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("endpoint", "text", (c) => c.notNull().unique())
    .addColumn("p256dh", "text", (c) => c.notNull())
    .addColumn("auth", "text", (c) => c.notNull())
    .addColumn("user_agent", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_success_at", "timestamptz")
    .addColumn("last_failure_at", "timestamptz")
    .addColumn("failure_count", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("push_subscriptions_user_idx")
    .on("push_subscriptions")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("calendar_feeds")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("user.id").onDelete("cascade"))
    .addColumn("nonce", "text", (c) => c.notNull())
    // sha256 of the URL's token, hex: the feed route looks the user up by it.
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("rotated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("calendar_feeds").execute();
  await db.schema.dropTable("push_subscriptions").execute();
  await db.schema.dropTable("notifications").execute();
  await db.schema.dropTable("reminder_deliveries").execute();
  await db.schema.dropIndex("tasks_due_reminder_idx").execute();
}
