/**
 * Calendar dates and wall-clock times in a person's IANA time zone, and the UTC instants
 * they name. Dates are "YYYY-MM-DD", times "HH:MM". Only Intl: client code uses this too.
 */

export const DEFAULT_TIME_ZONE = "UTC";

/** Whether `zone` is an IANA zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(zone: string): boolean {
  // Offsets ("+02:00") are accepted by newer Intl but are not places: they ignore DST.
  if (!/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's canonical spelling ("europe/berlin" → "Europe/Berlin"). */
export function canonicalTimeZone(zone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The date and time a wall clock in `zone` shows at `instant`. */
export function wallClock(instant: Date, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** Today's date in `zone`. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return wallClock(now, zone).date;
}

/** How far `zone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall clock in `zone` shows `date` `time`. A time skipped by a DST change
 * ("02:30" on a spring-forward night) lands on the instant after the gap, the way clocks
 * read it; a repeated one ("01:30" in autumn) takes the first.
 */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetAt(asUtc, zone);
  const guess = asUtc - first;
  const second = offsetAt(guess, zone);
  if (second === first) return new Date(guess);
  // The guess crossed a change: the other offset is the one that applies.
  const retry = asUtc - second;
  return new Date(offsetAt(retry, zone) === second ? retry : Math.max(guess, retry));
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whether "YYYY-MM-DD" is a real calendar date (no 2025-02-30). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return (
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === day &&
    year >= 1
  );
}
