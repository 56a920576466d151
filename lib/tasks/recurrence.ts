import { RRule, type Options } from "rrule";
import { addDays } from "@/lib/time/zoned-time";

/**
 * Repeating tasks: an RFC 5545 RRULE (without DTSTART: the task's due date is its start),
 * computed on calendar dates in the user's zone. The wall-clock due time stays as it is,
 * so "daily at 09:00" stays at 09:00 across DST changes. As RFC 5545 says, a month without
 * the rule's day is skipped (BYMONTHDAY=31 goes Jan 31 → Mar 31); BYMONTHDAY=-1 is the
 * last day of every month. Client code imports this file: nothing server-only.
 */

const KEYS = new Set([
  "FREQ",
  "INTERVAL",
  "COUNT",
  "UNTIL",
  "WKST",
  "BYDAY",
  "BYMONTHDAY",
  "BYYEARDAY",
  "BYWEEKNO",
  "BYMONTH",
  "BYSETPOS",
]);

/** The rule as stored: without an "RRULE:" prefix, upper-case. */
export function normaliseRecurrence(rule: string): string {
  return rule
    .trim()
    .replace(/^RRULE:/i, "")
    .toUpperCase();
}

/** Why `rule` (normalised) is not a repeat we can compute, or null when it is. */
export function recurrenceProblem(rule: string): string | null {
  if (!/^[A-Z]+=[A-Z0-9,+\-]+(;[A-Z]+=[A-Z0-9,+\-]+)*$/.test(rule)) {
    return "must be an RRULE such as FREQ=WEEKLY;BYDAY=MO";
  }
  const keys = rule.split(";").map((part) => part.split("=")[0]!);
  const unknown = keys.find((key) => !KEYS.has(key));
  if (unknown) return `${unknown} is not supported in a repeat rule`;
  if (new Set(keys).size !== keys.length) return "names a rule part twice";
  let options: Partial<Options>;
  try {
    options = RRule.parseString(rule);
  } catch {
    return "must be an RRULE such as FREQ=WEEKLY;BYDAY=MO";
  }
  if (options.freq === undefined || options.freq === null) return "needs FREQ";
  const broken = Object.values(options).some((value) =>
    Array.isArray(value)
      ? value.some((item) => item === undefined || Number.isNaN(item))
      : Number.isNaN(value) || (typeof value === "string" && value !== ""),
  );
  if (broken) return "has a part that is not a valid RRULE value";
  if (options.interval !== undefined && !(Number(options.interval) >= 1)) {
    return "INTERVAL must be a positive whole number";
  }
  if (options.freq > RRule.DAILY) return "repeats more often than daily; use a reminder instead";
  try {
    ruleFrom(rule, "2000-01-01").after(floating("2000-01-01"));
  } catch {
    return "must be an RRULE such as FREQ=WEEKLY;BYDAY=MO";
  }
  return null;
}

// rrule works in UTC; a calendar date as UTC midnight is "floating", free of any zone.
function floating(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function ruleFrom(rule: string, start: string): RRule {
  return new RRule({ ...RRule.parseString(rule), dtstart: floating(start) });
}

/**
 * The next due date of a task repeating by `rule` whose occurrence on `from` was just
 * completed: after `from`, and never before `today` (an overdue repeat catches up to
 * today rather than to another day in the past). With a due time, an occurrence today at
 * a time already past (`nowTime`) is skipped too. Null when the rule has ended.
 */
export function nextOccurrence(
  rule: string,
  from: string,
  today: string,
  options: { dueTime?: string | null; nowTime?: string } = {},
): string | null {
  const recurrence = ruleFrom(rule, from);
  // Everything after max(from, yesterday) is after `from` and not before today.
  const yesterday = addDays(today, -1);
  let cursor = floating(from > yesterday ? from : yesterday);
  for (let step = 0; step < 2; step += 1) {
    const next = recurrence.after(cursor, false);
    if (!next) return null;
    const date = next.toISOString().slice(0, 10);
    const pastToday =
      date === today && options.dueTime && options.nowTime && options.dueTime <= options.nowTime;
    if (!pastToday) return date;
    cursor = next;
  }
  return null;
}
