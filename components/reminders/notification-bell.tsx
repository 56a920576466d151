"use client";

import { useDismiss } from "@/components/ui/use-dismiss";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useClock } from "@/components/tasks/time-zone";
import { Icon } from "@/components/ui/icons";
import { isUnread, unreadCount, type ReminderNotification } from "./notifications";
import styles from "./reminders.module.css";

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
  const closeMenu = useCallback(() => setOpen(false), []);
  const [newWhenOpened, setNewWhenOpened] = useState<Set<string>>(new Set());
  const t = useTranslations("reminders");
  const locale = useLocale();
  const { timeZone } = useClock();
  const unread = unreadCount(notifications);
  const shown = notifications.slice(0, LIST_LENGTH);

  const { root, toggle } = useDismiss(open, closeMenu);

  function toggleList() {
    if (open) return setOpen(false);
    const fresh = shown.filter(isUnread).map((n) => n.id);
    setNewWhenOpened(new Set(fresh.map(String)));
    onRead(fresh);
    setOpen(true);
  }

  const format = new Intl.DateTimeFormat(locale, {
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
        aria-label={unread > 0 ? t("bellUnread", { unread }) : t("bell")}
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
        <h2 className={styles.popupHeading}>{t("heading")}</h2>
        {shown.length === 0 ? (
          <p className={styles.empty}>{t("empty")}</p>
        ) : (
          <ul className={styles.list}>
            {shown.map((n) => (
              <li key={n.id} className={styles.item}>
                <span className={styles.itemTitle}>
                  {newWhenOpened.has(String(n.id)) && (
                    <span className={styles.new}>{t("unread")}</span>
                  )}
                  <bdi dir="auto">{n.title}</bdi>
                </span>
                <span className={styles.itemMeta}>
                  {t("task", { id: n.task_id })} ·{" "}
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
