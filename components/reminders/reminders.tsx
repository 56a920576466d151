"use client";

import { NotificationBell } from "./notification-bell";
import { ReminderToasts } from "./reminder-toasts";
import { useNotifications } from "./use-notifications";

/** The in-app reminder channel: the header's bell and the toasts of reminders that fall due. */
export function Reminders() {
  const { notifications, toasts, markRead, dismissToast } = useNotifications();
  return (
    <>
      <NotificationBell notifications={notifications} onRead={markRead} />
      <ReminderToasts toasts={toasts} onRead={markRead} onDismiss={dismissToast} />
    </>
  );
}
