import { addDays } from "@/lib/time/zoned-time";
import type { TaskPriority } from "./task-fields";

/**
 * A due date and time in a person's words, relative to their today: "Today 17:00",
 * "Tomorrow", "Fri 5 Dec", "Fri 5 Dec 2027" (another year). For tool cards, chips and
 * replies alike. Client code imports this file: nothing server-only.
 */
export function dueWords(date: string, time: string | null, today: string): string {
  const day =
    date === today
      ? "Today"
      : date === addDays(today, 1)
        ? "Tomorrow"
        : date === addDays(today, -1)
          ? "Yesterday"
          : calendarWords(date, date.slice(0, 4) !== today.slice(0, 4));
  return time ? `${day} ${time}` : day;
}

function calendarWords(date: string, withYear: boolean): string {
  const instant = new Date(`${date}T12:00:00Z`);
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(withYear && { year: "numeric" }),
  });
  return format.format(instant).replace(",", "");
}

const PRIORITY_WORDS: Record<TaskPriority, string | null> = {
  none: null,
  low: "Low",
  medium: "Medium",
  high: "High",
};

/** "High", or null for no priority. */
export function priorityWords(priority: TaskPriority): string | null {
  return PRIORITY_WORDS[priority];
}
