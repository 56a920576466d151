import { recordNotification } from "@/db/notifications";
import type { ReminderChannel } from "./channels";

/**
 * The app itself: a delivered reminder is a row in `notifications`, which the open app
 * polls (`GET /api/notifications`) for its toast and header list. Always on. Inserting
 * is idempotent per reminder, so a claim that ran out and was taken again cannot show
 * the same reminder twice.
 */
export const inAppChannel: ReminderChannel = {
  name: "in_app",
  isEnabled: () => true,
  async deliver(reminder) {
    await recordNotification(reminder.userId, {
      taskId: reminder.taskId,
      taskNumber: reminder.taskNumber,
      title: reminder.title,
      remindAt: reminder.remindAt,
    });
    return { status: "delivered" };
  },
};
