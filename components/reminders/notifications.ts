/**
 * In-app reminders (CONTRACT.md "Reminders"): what the browser does with the list that
 * `GET /api/notifications` answers. Pure functions, so the rules read (and test) apart
 * from React.
 */

export interface ReminderNotification {
  id: string | number;
  task_id: number;
  title: string;
  remind_at: string;
  delivered_at: string;
  read_at: string | null;
}

/** A notification newer than this is still news when the app opens; older ones wait in the list. */
export const TOAST_WINDOW_MS = 60 * 60 * 1000;
/** At most this many toasts at once; the rest are in the bell's list. */
export const MAX_TOASTS = 3;
export const SNOOZE_MINUTES = 10;

/** How long the person is reminded again after: "Snooze 10 min" from now. */
export function snoozedUntil(now: Date): string {
  return new Date(now.getTime() + SNOOZE_MINUTES * 60_000).toISOString();
}

export const isUnread = (notification: ReminderNotification) => !notification.read_at;

export const unreadCount = (notifications: ReminderNotification[]) =>
  notifications.filter(isUnread).length;

/**
 * The notifications to show as toasts now: unread, recent, and never toasted in this
 * browser (`shown`), oldest first so they stack in the order they fell due.
 */
export function toastCandidates(
  notifications: ReminderNotification[],
  shown: ReadonlySet<string>,
  now: Date,
): ReminderNotification[] {
  return notifications
    .filter(
      (n) =>
        isUnread(n) &&
        !shown.has(String(n.id)) &&
        now.getTime() - Date.parse(n.delivered_at) <= TOAST_WINDOW_MS,
    )
    .sort((a, b) => Date.parse(a.delivered_at) - Date.parse(b.delivered_at))
    .slice(-MAX_TOASTS);
}

const SHOWN_KEY = "taskchat.reminders-toasted";
const SHOWN_LIMIT = 200;

/**
 * The ids toasted in this browser, kept in localStorage so a reload or a second tab does
 * not show a reminder twice. The newest few hundred are enough: older ones are outside the
 * toast window anyway.
 */
export class ToastMemory {
  constructor(private readonly storage: Pick<Storage, "getItem" | "setItem"> | undefined) {}

  shown(): Set<string> {
    try {
      const stored = JSON.parse(this.storage?.getItem(SHOWN_KEY) ?? "[]") as unknown;
      return new Set(Array.isArray(stored) ? stored.map(String) : []);
    } catch {
      return new Set();
    }
  }

  remember(ids: Array<string | number>): void {
    const all = [...this.shown(), ...ids.map(String)];
    const kept = [...new Set(all)].slice(-SHOWN_LIMIT);
    try {
      this.storage?.setItem(SHOWN_KEY, JSON.stringify(kept));
    } catch {
      // Storage full or refused (private mode): toasts may then show again after a reload.
    }
  }
}
