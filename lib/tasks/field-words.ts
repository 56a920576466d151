import { asRecord } from "@/lib/validation/record";
import { addDays, wallClock } from "@/lib/time/zoned-time";
// Types only: task-fields builds zod schemas, whose set-up probes eval (a CSP violation in
// the browser), and the sign-in page reaches this file through the task panel's helpers.
import type { TaskPriority } from "./task-fields";

/**
 * A task's fields in a person's words, the one formatter for every surface: the task
 * panel's chips, the chat's tool cards, ChatKit's lines and the local model's replies.
 * Dates are calendar dates and times wall-clock times in the person's zone (the contract's
 * rule), said relative to their today: "Today 17:00", "Tomorrow", "Fri 5 Dec",
 * "Fri 5 Dec 2027" (another year). Client code imports this file: nothing server-only.
 */

/**
 * "Today", "Tomorrow", "Yesterday", else "Fri 5 Dec" (with the year when not this year's).
 * The interface passes its language: in Urdu Intl's words ("آج", "آئندہ کل", "جمعہ، 11 دسمبر");
 * the assistant's replies and ChatKit keep English (the default).
 */
export function dayWords(date: string, today: string, locale = "en"): string {
  const offset =
    date === today ? 0 : date === addDays(today, 1) ? 1 : date === addDays(today, -1) ? -1 : null;
  if (offset !== null) {
    if (locale === "en") return offset === 0 ? "Today" : offset === 1 ? "Tomorrow" : "Yesterday";
    const word = new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(offset, "day");
    return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
  }
  return calendarWords(date, date.slice(0, 4) !== today.slice(0, 4), locale);
}

/** A due date and time inside a sentence: "tomorrow 17:00", "Fri 5 Dec". */
export function dueWordsInSentence(date: string, time: string | null | undefined, today: string) {
  return dueWords(date, time, today).replace(/^(Today|Tomorrow|Yesterday)/, (day) =>
    day.toLowerCase(),
  );
}

/** A due date and time: "Today 17:00", "Fri 5 Dec". */
export function dueWords(
  date: string,
  time: string | null | undefined,
  today: string,
  locale = "en",
): string {
  const day = dayWords(date, today, locale);
  return time ? `${day} ${time}` : day;
}

function calendarWords(date: string, withYear: boolean, locale: string): string {
  // English keeps the day-month order of "Fri 5 Dec" wherever the reader is.
  const format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(withYear && { year: "numeric" }),
  });
  return format.format(new Date(`${date}T12:00:00Z`)).replace(",", "");
}

export interface DueChip {
  label: string;
  overdue: boolean;
}

/** The chip of a due date at `now` in `timeZone`; overdue when pending and past (the contract's rule). */
export function dueChip(
  task: { due_date?: string | null; due_time?: string | null; completed: boolean },
  now: Date,
  timeZone: string,
  locale = "en",
): DueChip | null {
  if (!task.due_date) return null;
  const current = wallClock(now, timeZone);
  const past =
    task.due_date < current.date ||
    (task.due_date === current.date && !!task.due_time && task.due_time < current.time);
  return {
    label: dueWords(task.due_date, task.due_time, current.date, locale),
    overdue: !task.completed && past,
  };
}

export const PRIORITY_LABEL: Record<TaskPriority, string> = {
  none: "No priority",
  low: "Low",
  medium: "Medium",
  high: "High",
};

/** "High", or null for no priority. */
export function priorityWords(priority: TaskPriority): string | null {
  return priority === "none" ? null : PRIORITY_LABEL[priority];
}

/** The repeat presets of the edit form, as RRULEs. */
export const REPEATS = [
  { value: "", label: "Doesn't repeat", rule: null },
  { value: "daily", label: "Daily", rule: "FREQ=DAILY" },
  { value: "weekdays", label: "Every weekday", rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" },
  { value: "weekly", label: "Weekly", rule: "FREQ=WEEKLY" },
  { value: "monthly", label: "Monthly", rule: "FREQ=MONTHLY" },
  { value: "yearly", label: "Yearly", rule: "FREQ=YEARLY" },
] as const;

/** The preset a stored RRULE is, or "custom" for one the chat made (e.g. every other Monday). */
export function repeatPreset(rule: string | null | undefined): string {
  if (!rule) return "";
  const normal = rule.replace(/^RRULE:/i, "").toUpperCase();
  return REPEATS.find((r) => r.rule === normal)?.value ?? "custom";
}

/**
 * "Repeats daily", "Repeats every other Monday", "Repeats monthly on the 1st" — the repeat
 * icon's name; a rule these words do not cover is shown as it is.
 */
export function repeatLabel(rule: string): string {
  const preset = REPEATS.find((r) => r.value === repeatPreset(rule));
  if (preset) return `Repeats ${preset.label.toLowerCase()}`;
  const words = ruleWords(rule);
  return words ? `Repeats ${words}` : `Repeats (${rule})`;
}

const FREQ_NOUN: Record<string, string> = {
  DAILY: "day",
  WEEKLY: "week",
  MONTHLY: "month",
  YEARLY: "year",
};
const WEEKDAY: Record<string, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

/** The common RRULEs in words ("every other week on Monday"), or null. */
function ruleWords(rule: string): string | null {
  const parts = Object.fromEntries(
    rule
      .replace(/^RRULE:/i, "")
      .toUpperCase()
      .split(";")
      .map((part) => part.split("=") as [string, string]),
  );
  const noun = FREQ_NOUN[parts.FREQ ?? ""];
  const known = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY"]);
  if (!noun || Object.keys(parts).some((key) => !known.has(key))) return null;
  const interval = Number(parts.INTERVAL ?? 1);
  const byDay: string[] | undefined = parts.BYDAY?.split(",");
  if (byDay?.some((day) => !WEEKDAY[day])) return null;
  const days = byDay?.map((day) => WEEKDAY[day]!);
  const every =
    interval === 1 ? "every" : interval === 2 ? "every other" : `every ${ordinal(interval)}`;
  if (days && parts.FREQ === "WEEKLY" && interval === 1) return `every ${listWords(days)}`;
  const base = `${every} ${noun}`;
  if (days) return `${base} on ${listWords(days)}`;
  if (parts.BYMONTHDAY) {
    const day = Number(parts.BYMONTHDAY);
    return `${base} on the ${day === -1 ? "last day" : ordinal(day)}`;
  }
  return base;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

function listWords(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : items[0]!;
}

/**
 * What a tool result (or a listed task) holds beyond its title, in words:
 * "Tomorrow 17:00", "High", "#family", "Repeats weekly", "Next: Fri 12 Dec". A deleted
 * task's date and repeat are left out (it no longer has them to keep); errors and lists
 * have none.
 */
export function taskFieldWords(
  output: unknown,
  now: Date,
  timeZone: string,
  locale = "en",
): string[] {
  const result = asRecord(output);
  if (typeof result.error === "string" || "tasks" in result) return [];
  const gone = result.status === "deleted";
  const words: string[] = [];
  const due = dueChip(
    {
      due_date: text(result.due_date),
      due_time: text(result.due_time),
      completed: result.status === "completed" || result.completed === true,
    },
    now,
    timeZone,
    locale,
  );
  if (due && !gone) words.push(due.label);
  const priority = result.priority as TaskPriority;
  if (Object.hasOwn(PRIORITY_LABEL, priority) && priority !== "none") {
    words.push(PRIORITY_LABEL[priority]);
  }
  if (Array.isArray(result.tags)) {
    words.push(
      ...result.tags.filter((t): t is string => typeof t === "string").map((t) => `#${t}`),
    );
  }
  const recurrence = text(result.recurrence);
  if (recurrence && !gone) words.push(repeatLabel(recurrence));
  const next = text(result.next_due_date);
  if (next) words.push(`Next: ${dueWords(next, null, wallClock(now, timeZone).date, locale)}`);
  return words;
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null);
