import { database } from "./index";
import type { PushSubscriptionRow } from "./schema";

const db = () => database().db;

/** A browser's PushSubscription: where to send, and the keys to encrypt for it. */
export interface PushSubscriptionKeys {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export type StoredPushSubscription = Pick<
  PushSubscriptionRow,
  "id" | "endpoint" | "p256dh" | "auth" | "locale"
>;

/**
 * Saves the caller's subscription for a device. The endpoint is the device's (unique, and
 * unguessable): posting it again refreshes its keys, and a device now signed in to
 * another account moves to that account, so the previous one stops reaching it.
 */
export async function saveSubscription(
  userId: string,
  subscription: PushSubscriptionKeys & { userAgent: string | null; locale: string },
): Promise<void> {
  const { endpoint, p256dh, auth, userAgent, locale } = subscription;
  await db()
    .insertInto("push_subscriptions")
    .values({ user_id: userId, endpoint, p256dh, auth, user_agent: userAgent, locale })
    // Index: push_subscriptions_endpoint_key (unique).
    .onConflict((oc) =>
      oc.column("endpoint").doUpdateSet((eb) => ({
        user_id: userId,
        p256dh,
        auth,
        user_agent: userAgent,
        locale,
        failure_count: 0,
        updated_at: eb.fn("now"),
      })),
    )
    .execute();
}

/** Removes the caller's subscription for `endpoint`; false when they have none there. */
export async function deleteSubscription(userId: string, endpoint: string): Promise<boolean> {
  const result = await db()
    .deleteFrom("push_subscriptions")
    .where("user_id", "=", userId)
    .where("endpoint", "=", endpoint)
    .executeTakeFirst();
  return result.numDeletedRows > BigInt(0);
}

/** Every device of the user (index: push_subscriptions_user_idx). */
export async function listSubscriptions(userId: string): Promise<StoredPushSubscription[]> {
  return db()
    .selectFrom("push_subscriptions")
    .select(["id", "endpoint", "p256dh", "auth", "locale"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

export async function hasSubscriptions(userId: string): Promise<boolean> {
  const row = await db()
    .selectFrom("push_subscriptions")
    .select("id")
    .where("user_id", "=", userId)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/** The push service said the subscription is gone (404/410): it never comes back. */
export async function forgetSubscription(userId: string, subscriptionId: string): Promise<void> {
  await db()
    .deleteFrom("push_subscriptions")
    .where("user_id", "=", userId)
    .where("id", "=", subscriptionId)
    .execute();
}

/** The devices a reminder's push already reached (primary key of push_deliveries). */
export async function reachedSubscriptions(deliveryId: string): Promise<Set<string>> {
  const rows = await db()
    .selectFrom("push_deliveries")
    .select("subscription_id")
    .where("delivery_id", "=", deliveryId)
    .execute();
  return new Set(rows.map((row) => row.subscription_id));
}

/** One device received a reminder's push. */
export async function recordPushSent(deliveryId: string, subscriptionId: string): Promise<void> {
  await db()
    .transaction()
    .execute(async (trx) => {
      await trx
        .insertInto("push_deliveries")
        .values({ delivery_id: deliveryId, subscription_id: subscriptionId })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await trx
        .updateTable("push_subscriptions")
        .set((eb) => ({ last_success_at: eb.fn("now"), failure_count: 0 }))
        .where("id", "=", subscriptionId)
        .execute();
    });
}

/** A push to one device failed in a way worth retrying. */
export async function recordPushFailure(subscriptionId: string): Promise<void> {
  await db()
    .updateTable("push_subscriptions")
    .set((eb) => ({
      last_failure_at: eb.fn("now"),
      failure_count: eb("failure_count", "+", 1),
    }))
    .where("id", "=", subscriptionId)
    .execute();
}
