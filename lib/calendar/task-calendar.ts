import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, {
  ICalAlarmRelatesTo,
  ICalAlarmType,
  ICalEventClass,
  ICalEventTransparency,
  type ICalCalendar,
} from "ical-generator";
import { DateTime } from "luxon";
import type { TaskPriority } from "@/lib/tasks/task-fields";
import { addDays } from "@/lib/time/zoned-time";

/**
 * A user's dated tasks as an iCalendar feed (RFC 5545) that Google Calendar, Apple
 * Calendar and Outlook subscribe to. Pending tasks only, as Todoist's feed does: a
 * completed task leaves the calendar (a repeating one stays, at its next date). See
 * docs/decisions/015-push-and-calendar.md.
 */

/** The task columns an event is made of. */
export interface CalendarTask {
  number: number;
  title: string;
  description: string | null;
  /** "YYYY-MM-DD" in the user's zone; tasks without one are not events. */
  due_date: string;
  /** "HH:MM" in the user's zone, or null for an all-day event. */
  due_time: string | null;
  priority: TaskPriority;
  tags: string[];
  recurrence: string | null;
  remind_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface TaskCalendarInput {
  /** Better Auth's user id: part of every UID, so two people's task 3 never collide. */
  userId: string;
  /** The user's IANA zone: timed events are written in it (TZID), with its VTIMEZONE. */
  timezone: string;
  /** The app's public origin, for each event's link to its task. */
  origin: string;
  tasks: readonly CalendarTask[];
  /** DTSTAMP: when the feed was made. */
  now?: Date;
}

export const CALENDAR_NAME = "Taskchat";

/** How long a timed task's event lasts: tasks have no duration, a calendar needs one. */
export const TIMED_EVENT_MINUTES = 30;

/** How often clients that honour it (Apple, Outlook) should fetch the feed again. */
const REFRESH_SECONDS = 30 * 60;

/** RFC 5545 PRIORITY: 1 highest, 9 lowest, 0 undefined. */
const ICAL_PRIORITY: Record<TaskPriority, number> = { none: 0, low: 9, medium: 5, high: 1 };

/** The link that opens a task in the app (also the push notification's target). */
export function taskUrl(origin: string, number: number): string {
  return `${origin.replace(/\/+$/, "")}/?task=${number}`;
}

export function buildTaskCalendar(input: TaskCalendarInput): ICalCalendar {
  const calendar = ical({
    name: CALENDAR_NAME,
    description: "Your dated tasks from Taskchat",
    prodId: { company: "Taskchat", product: "Task calendar", language: "EN" },
    ttl: REFRESH_SECONDS,
    // No calendar-wide zone: stamps stay in UTC; each timed event names its own zone and
    // the generator writes a VTIMEZONE for every zone an event uses.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  // Google reads this for the calendar's own zone when showing the feed.
  calendar.x("X-WR-TIMEZONE", input.timezone);
  const stamp = input.now ?? new Date();
  for (const task of input.tasks) addTaskEvent(calendar, input, task, stamp);
  return calendar;
}

/** The feed as text (CRLF lines, folded at 75 octets by the generator). */
export function renderTaskCalendar(input: TaskCalendarInput): string {
  return buildTaskCalendar(input).toString();
}

function addTaskEvent(
  calendar: ICalCalendar,
  input: TaskCalendarInput,
  task: CalendarTask,
  stamp: Date,
): void {
  const url = taskUrl(input.origin, task.number);
  const timing = eventTiming(task, input.timezone);
  const event = calendar.createEvent({
    id: `task-${task.number}.${input.userId}@taskchat`,
    summary: task.title,
    description: task.description ? `${task.description}\n\n${url}` : url,
    url,
    stamp,
    created: task.created_at,
    lastModified: task.updated_at,
    class: ICalEventClass.PRIVATE,
    // A task does not make its owner busy for other people's scheduling.
    transparency: ICalEventTransparency.TRANSPARENT,
    priority: ICAL_PRIORITY[task.priority],
    categories: task.tags.map((name) => ({ name })),
    ...timing,
  });
  if (task.recurrence) {
    event.repeating(`RRULE:${calendarRule(task.recurrence, !timing.allDay, input.timezone)}`);
  }
  if (task.remind_at) {
    // Relative to the start, so a repeating task's every occurrence has its alarm (an
    // absolute trigger would ring once); a task's reminder moves with its date anyway.
    const startsAt = timing.allDay
      ? DateTime.fromISO(task.due_date, { zone: input.timezone }).toJSDate()
      : (timing.start as DateTime).toJSDate();
    const secondsAfterStart = Math.round((task.remind_at.getTime() - startsAt.getTime()) / 1000);
    event.createAlarm({
      type: ICalAlarmType.display,
      description: task.title,
      // ical-generator counts seconds *before*; negative is after. Related to the start
      // always (by default it ties "after" to the end, a day later for an all-day event).
      trigger: -secondsAfterStart,
      relatesTo: ICalAlarmRelatesTo.start,
    });
  }
}

/** An all-day event on the due date, or a timed one at the due time in the user's zone. */
function eventTiming(task: CalendarTask, zone: string) {
  if (!task.due_time) {
    // All-day dates are floating: the same calendar day wherever the reader is.
    return {
      allDay: true,
      start: new Date(`${task.due_date}T00:00:00Z`),
      end: new Date(`${addDays(task.due_date, 1)}T00:00:00Z`),
      timezone: null,
    };
  }
  const start = DateTime.fromISO(`${task.due_date}T${task.due_time}`, { zone });
  return {
    allDay: false,
    start,
    end: start.plus({ minutes: TIMED_EVENT_MINUTES }),
    timezone: zone === "UTC" ? null : zone,
  };
}

/**
 * The stored rule as the event needs it. RFC 5545 wants UNTIL in the form of DTSTART:
 * a date for an all-day event, a UTC date-time for a timed one (the end of that day in
 * the user's zone, so the last occurrence is kept).
 */
export function calendarRule(rule: string, timed: boolean, zone: string): string {
  return rule.replace(/UNTIL=(\d{8})(T\d{6}Z?)?/, (whole, day: string, time?: string) => {
    if (!timed) return `UNTIL=${day}`;
    if (time?.endsWith("Z")) return whole;
    const local = DateTime.fromFormat(`${day}${time ?? "T235959"}`, "yyyyLLdd'T'HHmmss", { zone });
    return `UNTIL=${local.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'")}`;
  });
}
