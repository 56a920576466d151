import { createTranslator } from "next-intl";
import webpush, { WebPushError } from "web-push";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import en from "@/messages/en.json";
import ur from "@/messages/ur.json";
import * as subscriptions from "@/db/push-subscriptions";
import type { DeliveryOutcome, Reminder, ReminderChannel } from "@/lib/reminders/channels";
import { isPushConfigured, vapidDetails, type VapidDetails } from "./vapid";

/** What the service worker (public/sw.js) receives: JSON `{title, body, url}`. */
export interface PushPayload {
  title: string;
  body: string;
  /** Opens the task in the app; relative, so it resolves against the worker's origin. */
  url: string;
}

/** How long a push service keeps a reminder for a device that is offline. */
const TIME_TO_LIVE_SECONDS = 12 * 60 * 60;
const REQUEST_TIMEOUT_MS = 10_000;

const PUSH_TEXT = {
  en: createTranslator({ locale: "en", messages: en, namespace: "push" }),
  ur: createTranslator({ locale: "ur", messages: ur as typeof en, namespace: "push" }),
};

/**
 * The notification for one device, in the interface language it subscribed with (null,
 * from before languages were stored: English). The title is the task's, as written.
 */
export function pushPayload(reminder: Reminder, locale: string | null = null): PushPayload {
  const t = PUSH_TEXT[isLocale(locale) ? locale : DEFAULT_LOCALE];
  const due = reminder.dueDate
    ? t("due", { when: [reminder.dueDate, reminder.dueTime].filter(Boolean).join(" ") })
    : t("reminder");
  return {
    title: reminder.title,
    body: t("body", { due, number: reminder.taskNumber }),
    url: `/?task=${reminder.taskNumber}`,
  };
}

type DeviceResult = "sent" | "gone" | "retry" | "failed";

/**
 * Web Push: a reminder goes to every device the user subscribed. A device the push
 * service no longer knows (404/410) is forgotten; a transient failure (network, 429,
 * 5xx) makes the delivery core retry with backoff, and the retry skips the devices
 * already reached (push_deliveries).
 */
export const pushChannel: ReminderChannel = {
  name: "push",
  isEnabled: () => isPushConfigured(),
  isEnabledFor: (userId) => subscriptions.hasSubscriptions(userId),
  async deliver(reminder) {
    const vapid = await vapidDetails();
    if (!vapid) return { status: "skipped", reason: "push is off (no VAPID keys)" };
    const devices = await subscriptions.listSubscriptions(reminder.userId);
    if (devices.length === 0) return { status: "skipped", reason: "no push subscription" };
    const reached = await subscriptions.reachedSubscriptions(reminder.deliveryId);
    const errors: string[] = [];
    const results = await Promise.all(
      devices.map(async (device): Promise<DeviceResult> => {
        if (reached.has(device.id)) return "sent";
        const payload = JSON.stringify(pushPayload(reminder, device.locale));
        const result = await pushToDevice(device, payload, reminder, vapid);
        if (result.error) errors.push(result.error);
        return result.status;
      }),
    );
    return outcome(results, errors);
  },
};

async function pushToDevice(
  device: subscriptions.StoredPushSubscription,
  payload: string,
  reminder: Reminder,
  vapid: VapidDetails,
): Promise<{ status: DeviceResult; error?: string }> {
  try {
    await webpush.sendNotification(
      { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
      payload,
      {
        vapidDetails: vapid,
        TTL: TIME_TO_LIVE_SECONDS,
        urgency: "high",
        // A newer reminder of the same task replaces one still waiting at the service.
        topic: `task-${reminder.taskNumber}`,
        timeout: REQUEST_TIMEOUT_MS,
      },
    );
    await subscriptions.recordPushSent(reminder.deliveryId, device.id);
    return { status: "sent" };
  } catch (error) {
    const status = error instanceof WebPushError ? error.statusCode : undefined;
    if (status === 404 || status === 410) {
      await subscriptions.forgetSubscription(reminder.userId, device.id);
      return { status: "gone" };
    }
    const message = status
      ? `push service answered ${status}`
      : `push failed: ${error instanceof Error ? error.message : String(error)}`;
    // 429 and 5xx pass; 400, 401, 403 and 413 (a key or payload the service refuses) stay.
    if (status !== undefined && status < 500 && status !== 429) {
      return { status: "failed", error: message };
    }
    await subscriptions.recordPushFailure(device.id);
    return { status: "retry", error: message };
  }
}

function outcome(results: DeviceResult[], errors: string[]): DeliveryOutcome {
  const error = errors.join("; ");
  if (results.includes("retry")) return { status: "retry", error };
  if (results.includes("sent")) return { status: "delivered" };
  if (results.every((result) => result === "gone")) {
    return { status: "skipped", reason: "every push subscription has expired" };
  }
  return { status: "failed", error };
}
