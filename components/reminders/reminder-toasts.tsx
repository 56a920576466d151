"use client";

import { useEffect, useId, useState } from "react";
import { useTasksChanged } from "@/components/tasks/tasks-changed";
import { useClock } from "@/components/tasks/time-zone";
import { ApiRequestError, fetchJson } from "@/components/ui/fetch-json";
import { Icon } from "@/components/ui/icons";
import { snoozedUntil, type ReminderNotification } from "./notifications";
import styles from "./reminders.module.css";

/** Every word the toasts say, in one place (for translation). */
const TEXT = {
  region: "Reminders",
  heading: "Reminder",
  done: "Done",
  snooze: "Snooze 10 min",
  dismiss: (title: string) => `Dismiss reminder: ${title}`,
  completed: "Done. The task is completed.",
  snoozed: (time: string) => `Snoozed until ${time}.`,
  gone: "This task no longer exists.",
  failed: "Couldn't update the task. Try again.",
};

/** How long a toast stays after its action succeeded, so the outcome can be read. */
const OUTCOME_MS = 4000;

interface ReminderToastsProps {
  toasts: ReminderNotification[];
  onRead(ids: Array<string | number>): void;
  onDismiss(id: string | number): void;
}

/**
 * Due reminders as toasts at the screen's corner. Each is an alert (read out when it
 * appears) that does not take focus; its buttons are reachable with Tab.
 */
export function ReminderToasts({ toasts, onRead, onDismiss }: ReminderToastsProps) {
  if (toasts.length === 0) return null;
  return (
    <section aria-label={TEXT.region} className={styles.toasts}>
      {toasts.map((toast) => (
        <ReminderToast
          key={toast.id}
          notification={toast}
          onRead={onRead}
          onDismiss={() => onDismiss(toast.id)}
        />
      ))}
    </section>
  );
}

type Outcome = { kind: "done" | "error"; message: string } | undefined;

function ReminderToast(props: {
  notification: ReminderNotification;
  onRead(ids: Array<string | number>): void;
  onDismiss(): void;
}) {
  const { notification, onRead, onDismiss } = props;
  const id = useId();
  const { timeZone } = useClock();
  const tasksChanged = useTasksChanged();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  useEffect(() => {
    if (outcome?.kind !== "done") return;
    const timer = window.setTimeout(onDismiss, OUTCOME_MS);
    return () => window.clearTimeout(timer);
  }, [outcome, onDismiss]);

  async function act(changes: Record<string, unknown>, success: string) {
    setBusy(true);
    try {
      await fetchJson(`/api/tasks/${notification.task_id}`, { method: "PATCH", json: changes });
      setOutcome({ kind: "done", message: success });
      onRead([notification.id]);
      tasksChanged();
    } catch (failure) {
      const gone = failure instanceof ApiRequestError && failure.status === 404;
      setOutcome({ kind: gone ? "done" : "error", message: gone ? TEXT.gone : TEXT.failed });
      if (gone) onRead([notification.id]);
    } finally {
      setBusy(false);
    }
  }

  function snooze() {
    const until = snoozedUntil(new Date());
    const time = new Intl.DateTimeFormat(undefined, {
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
    }).format(new Date(until));
    void act({ remind_at: until }, TEXT.snoozed(time));
  }

  function dismiss() {
    onRead([notification.id]);
    onDismiss();
  }

  const settled = outcome?.kind === "done";
  return (
    <div role="alert" aria-labelledby={`${id}-title`} className={styles.toast}>
      <Icon name="bell" />
      <div className={styles.toastBody}>
        <p className={styles.toastHeading}>{TEXT.heading}</p>
        <p id={`${id}-title`} className={styles.toastTitle}>
          {notification.title}
        </p>
        {outcome && (
          <p className={outcome.kind === "error" ? styles.error : styles.outcome}>
            {outcome.message}
          </p>
        )}
        {!settled && (
          <div className={styles.toastActions}>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act({ completed: true }, TEXT.completed)}
            >
              {TEXT.done}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={snooze}
            >
              {TEXT.snooze}
            </button>
          </div>
        )}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={TEXT.dismiss(notification.title)}
        title={TEXT.dismiss(notification.title)}
        onClick={dismiss}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
