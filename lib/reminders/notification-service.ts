import { listNotifications, markNotificationRead } from "@/db/notifications";
import type { NotificationRow } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

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

/** The user's newest notifications, newest first. */
export async function listUserNotifications(userId: string): Promise<Notification[]> {
  const rows = await listNotifications(userId, { limit: NOTIFICATION_LIST_LIMIT });
  return rows.map(toNotification);
}

/** Marks the user's notification read; another user's (or none) is not found. */
export async function readNotification(userId: string, id: string): Promise<Notification> {
  const row = await markNotificationRead(userId, id);
  if (!row) throw new NotFoundError("Notification");
  return toNotification(row);
}
