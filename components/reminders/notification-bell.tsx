"use client";

import { useEffect, useRef, useState } from "react";
import { useClock } from "@/components/tasks/time-zone";
import { Icon } from "@/components/ui/icons";
import { isUnread, unreadCount, type ReminderNotification } from "./notifications";
import styles from "./reminders.module.css";

/** Every word the list says, in one place (for translation). */
const TEXT = {
  button: (unread: number) => (unread > 0 ? `Reminders, ${unread} unread` : "Reminders"),
  heading: "Reminders",
  empty: "No reminders yet. Ask for one: “remind me at 8am to call mom”.",
  unread: "New",
  task: (id: number) => `Task #${id}`,
};

/** How many recent reminders the list shows. */
const LIST_LENGTH = 20;

interface NotificationBellProps {
  notifications: ReminderNotification[];
  onRead(ids: Array<string | number>): void;
}

/**
 * The header's bell: the unread count, and a list of recent reminders. Opening the list
 * marks what it shows as read; those stay marked "New" until it closes.
 */
export function NotificationBell({ notifications, onRead }: NotificationBellProps) {
  const [open, setOpen] = useState(false);
  const [newWhenOpened, setNewWhenOpened] = useState<Set<string>>(new Set());
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const { timeZone } = useClock();
  const unread = unreadCount(notifications);
  const shown = notifications.slice(0, LIST_LENGTH);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  function toggleList() {
    if (open) return setOpen(false);
    const fresh = shown.filter(isUnread).map((n) => n.id);
    setNewWhenOpened(new Set(fresh.map(String)));
    onRead(fresh);
    setOpen(true);
  }

  const format = new Intl.DateTimeFormat(undefined, {
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });

  return (
    <div className={styles.bell} ref={root}>
      <button
        ref={toggle}
        type="button"
        className="icon-button"
        aria-label={TEXT.button(unread)}
        aria-expanded={open}
        aria-controls="reminder-list"
        onClick={toggleList}
      >
        <Icon name="bell" />
        {unread > 0 && (
          <span className={styles.count} aria-hidden="true">
            {unread > 9 ? "9+" : unread}
          </span>
        )}
      </button>
      <div id="reminder-list" className={styles.popup} hidden={!open}>
        <h2 className={styles.popupHeading}>{TEXT.heading}</h2>
        {shown.length === 0 ? (
          <p className={styles.empty}>{TEXT.empty}</p>
        ) : (
          <ul className={styles.list}>
            {shown.map((n) => (
              <li key={n.id} className={styles.item}>
                <span className={styles.itemTitle}>
                  {newWhenOpened.has(String(n.id)) && (
                    <span className={styles.new}>{TEXT.unread}</span>
                  )}
                  {n.title}
                </span>
                <span className={styles.itemMeta}>
                  {TEXT.task(n.task_id)} ·{" "}
                  <time dateTime={n.remind_at}>{format.format(new Date(n.remind_at))}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
