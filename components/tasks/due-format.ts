/**
 * Due dates in the panel, in the person's time zone ("Today 17:00", "Tomorrow", "Fri 5 Dec"
 * come from lib/tasks/field-words.ts, the one formatter of a task's fields). Dates are calendar dates (`YYYY-MM-DD`) and
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

// The words of a due date are shared with the chat's cards and the assistant's replies.
export { dayWords as dayLabel, dueChip, type DueChip } from "@/lib/tasks/field-words";

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
