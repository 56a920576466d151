import { listNotifications, markNotificationRead } from "@/db/notifications";
import type { NotificationRow } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { deliverDueReminders } from "./deliver";
import { inAppChannel } from "./in-app-channel";
import { logFailure } from "@/lib/log";

/** A reminder delivered in the app, as `GET /api/notifications` shows it. */
export interface Notification {
  id: string;
  /** The task's number (the `id` of the task API). */
  task_id: number;
  title: string;
  remind_at: string;
  delivered_at: string;
  read_at: string | null;
}

/** How many notifications the list shows: the newest. */
export const NOTIFICATION_LIST_LIMIT = 50;

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    task_id: row.task_number,
    title: row.title,
    remind_at: new Date(row.remind_at).toISOString(),
    delivered_at: new Date(row.delivered_at).toISOString(),
    read_at: row.read_at === null ? null : new Date(row.read_at).toISOString(),
  };
}

/**
 * The user's newest notifications, newest first. The user's own due in-app reminders are
 * delivered first, so the open app shows a reminder on time even where the cron runs
 * rarely (Vercel Hobby: once a day). In-app only: a push service's latency never
 * reaches this request. The same claim as every trigger keeps it exactly-once.
 */
export async function listUserNotifications(
  userId: string,
  now: Date = new Date(),
): Promise<Notification[]> {
  try {
    await deliverDueReminders(now, { userId, channels: [inAppChannel] });
  } catch (error) {
    // The list still answers; the next poll or trigger delivers.
    logFailure("in-app reminder delivery failed", error);
  }
  const rows = await listNotifications(userId, { limit: NOTIFICATION_LIST_LIMIT });
  return rows.map(toNotification);
}

/** Marks the user's notification read; another user's (or none) is not found. */
export async function readNotification(userId: string, id: string): Promise<Notification> {
  const row = await markNotificationRead(userId, id);
  if (!row) throw new NotFoundError("Notification");
  return toNotification(row);
}
