/**
 * Due dates as the panel and the tool cards say them, in the person's time zone:
 * "Today 17:00", "Tomorrow", "Fri 5 Dec". Dates are calendar dates (`YYYY-MM-DD`) and
 * times wall-clock times (`HH:MM`) in that zone, as the contract stores them.
 */

/** The calendar date and wall-clock time of an instant in a zone. */
export function zonedNow(now: Date, timeZone: string): { date: string; time: string } {
  const parts = partsIn(now, timeZone);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(dayNumber(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * "Today", "Tomorrow", "Yesterday", else "Fri 5 Dec" (with the year when not this year's),
 * in the interface's language (Intl: "آج", "آئندہ کل", "جمعہ، 11 دسمبر" in Urdu).
 */
export function dayLabel(date: string, today: string, locale = "en"): string {
  const days = daysBetween(today, date);
  if (Math.abs(days) <= 1) {
    const word = new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(days, "day");
    return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
  }
  const day = new Date(dayNumber(date));
  // English keeps the day-month order of "Fri 5 Dec" wherever the reader is.
  const label = day.toLocaleDateString(locale === "en" ? "en-GB" : locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const withoutComma = label.replace(",", "");
  return date.slice(0, 4) === today.slice(0, 4)
    ? withoutComma
    : `${withoutComma} ${date.slice(0, 4)}`;
}

export interface DueChip {
  label: string;
  overdue: boolean;
}

/** The chip of a due date: "Today 17:00", overdue when pending and past (the contract's rule). */
export function dueChip(
  task: { due_date?: string | null; due_time?: string | null; completed: boolean },
  now: Date,
  timeZone: string,
  locale = "en",
): DueChip | null {
  if (!task.due_date) return null;
  const current = zonedNow(now, timeZone);
  const day = dayLabel(task.due_date, current.date, locale);
  const label = task.due_time ? `${day} ${task.due_time}` : day;
  const past =
    task.due_date < current.date ||
    (task.due_date === current.date && !!task.due_time && task.due_time < current.time);
  return { label, overdue: !task.completed && past };
}

/** An instant as the `YYYY-MM-DDTHH:MM` a datetime-local field shows, in a zone. */
export function instantToLocalInput(iso: string, timeZone: string): string {
  const { date, time } = zonedNow(new Date(iso), timeZone);
  return `${date}T${time}`;
}

/** A `YYYY-MM-DDTHH:MM` wall-clock time in a zone as a UTC instant (`…Z`). */
export function localInputToInstant(local: string, timeZone: string): string {
  const asUtc = Date.parse(`${local}:00Z`);
  // The zone's offset at that moment; read twice so a time near a DST change settles.
  let instant = asUtc - offsetOf(asUtc, timeZone);
  instant = asUtc - offsetOf(instant, timeZone);
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function offsetOf(instant: number, timeZone: string): number {
  const p = partsIn(new Date(instant), timeZone);
  const [year, month, day, hour, minute, second] = [
    p.year,
    p.month,
    p.day,
    p.hour,
    p.minute,
    p.second,
  ].map(Number) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour! % 24, minute!, second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

function partsIn(instant: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return parts;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`);
