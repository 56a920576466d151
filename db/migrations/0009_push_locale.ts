import type { Kysely } from "kysely";

/**
 * The interface language of the device a push subscription belongs to ("en", "ur"), taken
 * from the request that subscribed it, so a reminder's push is worded in the language the
 * person reads the app in on that device (docs/reminders.md, "Web Push"). Null for the
 * subscriptions made before: English, as they were.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("push_subscriptions").addColumn("locale", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("push_subscriptions").dropColumn("locale").execute();
}
