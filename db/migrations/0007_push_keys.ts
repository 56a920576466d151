import { sql, type Kysely } from "kysely";

/**
 * Web Push (issue 15; docs/decisions/015-push-and-calendar.md).
 *
 * - `vapid_keys`: the VAPID key pair generated for development and the embedded
 *   database when none is configured. One row at most; kept in the database so every
 *   instance and every restart signs with the same key (browsers' subscriptions are
 *   bound to it). Production configures VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY instead.
 * - `push_deliveries`: which device (subscription) a reminder's push already reached,
 *   so a retry after a partial failure pushes only to the devices that missed it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("vapid_keys")
    .addColumn("id", "boolean", (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`id`),
    )
    .addColumn("public_key", "text", (c) => c.notNull())
    .addColumn("private_key", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("push_deliveries")
    .addColumn("delivery_id", "bigint", (c) =>
      c.notNull().references("reminder_deliveries.id").onDelete("cascade"),
    )
    .addColumn("subscription_id", "uuid", (c) =>
      c.notNull().references("push_subscriptions.id").onDelete("cascade"),
    )
    .addColumn("sent_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("push_deliveries_pkey", ["delivery_id", "subscription_id"])
    .execute();
  // Deleting a subscription cascades here: WHERE subscription_id = ?.
  await db.schema
    .createIndex("push_deliveries_subscription_idx")
    .on("push_deliveries")
    .column("subscription_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("push_deliveries").execute();
  await db.schema.dropTable("vapid_keys").execute();
}
