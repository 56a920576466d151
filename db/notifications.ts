import { database } from "./index";
import { isUuid } from "./ids";
import type { NotificationRow } from "./schema";

const db = () => database().db;

export interface NewNotification {
  /** The task's internal key. */
  taskId: string;
  taskNumber: number;
  title: string;
  remindAt: Date;
}

/**
 * Records a reminder delivered in the app. Once per reminder (task, remind_at): a second
 * call for the same reminder changes nothing, so a retried delivery cannot show it twice.
 */
export async function recordNotification(userId: string, reminder: NewNotification): Promise<void> {
  await db()
    .insertInto("notifications")
    .values({
      user_id: userId,
      task_id: reminder.taskId,
      task_number: reminder.taskNumber,
      title: reminder.title,
      remind_at: reminder.remindAt,
    })
    .onConflict((oc) => oc.columns(["task_id", "remind_at"]).doNothing())
    .execute();
}

/** The user's notifications, newest first (notifications_user_delivered_idx). */
export async function listNotifications(
  userId: string,
  options: { limit: number },
): Promise<NotificationRow[]> {
  return db()
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("delivered_at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit)
    .execute();
}

/** Marks the user's notification read (the first read counts); undefined when not theirs. */
export async function markNotificationRead(
  userId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  if (!isUuid(id)) return undefined;
  const marked = await db()
    .updateTable("notifications")
    .set((eb) => ({ read_at: eb.fn.coalesce("read_at", eb.fn<Date>("now")) }))
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .returningAll()
    .executeTakeFirst();
  return marked;
}
