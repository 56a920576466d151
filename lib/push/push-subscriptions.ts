import { z } from "zod";
import * as subscriptions from "@/db/push-subscriptions";
import type { Locale } from "@/i18n/locales";
import { NotFoundError } from "@/lib/errors";

/** A P-256 public key, uncompressed (65 bytes), as browsers give it: URL-safe base64. */
const p256dhKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]+={0,2}$/, "must be URL-safe base64")
  .refine((value) => {
    const bytes = Buffer.from(value, "base64url");
    return bytes.length === 65 && bytes[0] === 0x04;
  }, "must be an uncompressed P-256 public key (65 bytes)");

/** The 16-byte authentication secret. */
const authSecret = z
  .string()
  .regex(/^[A-Za-z0-9_-]+={0,2}$/, "must be URL-safe base64")
  .refine((value) => Buffer.from(value, "base64url").length === 16, "must be 16 bytes");

/** Push services are always https; anything else is not a browser's subscription. */
const endpoint = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an https URL");

/**
 * Body of `POST /api/push/subscriptions`: a browser's `PushSubscription.toJSON()`.
 * `expirationTime` is accepted and ignored (the service answers 404/410 when it ends).
 */
export const PushSubscriptionSchema = z.object({
  endpoint,
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: p256dhKey, auth: authSecret }),
});

/** Body of `DELETE /api/push/subscriptions`. */
export const PushUnsubscribeSchema = z.object({ endpoint: z.string().min(1).max(2000) });

/**
 * Saves the device's subscription with its interface language (the request's, as the
 * pages pick it: i18n/locales.ts), in which its pushes are worded. Posting it again, as
 * the language switch does, updates the language.
 */
export async function subscribeDevice(
  userId: string,
  subscription: z.output<typeof PushSubscriptionSchema>,
  device: { userAgent: string | null; locale: Locale },
): Promise<void> {
  await subscriptions.saveSubscription(userId, {
    endpoint: subscription.endpoint,
    p256dh: subscription.keys.p256dh,
    auth: subscription.keys.auth,
    userAgent: device.userAgent?.slice(0, 500) ?? null,
    locale: device.locale,
  });
}

/** Only the caller's own subscription; another's (or none) is "not found". */
export async function unsubscribeDevice(userId: string, endpoint: string): Promise<void> {
  const deleted = await subscriptions.deleteSubscription(userId, endpoint);
  if (!deleted) throw new NotFoundError("Push subscription");
}
