import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { parseIcs } from "@/test/support/ics";
import {
  calendarRule,
  renderTaskCalendar,
  TIMED_EVENT_MINUTES,
  type CalendarTask,
} from "./task-calendar";

const ORIGIN = "https://tasks.example.com";
const CREATED = new Date("2026-12-01T10:00:00Z");

function task(fields: Partial<CalendarTask> & Pick<CalendarTask, "number" | "due_date">) {
  return {
    title: `Task ${fields.number}`,
    description: null,
    due_time: null,
    priority: "none",
    tags: [],
    recurrence: null,
    remind_at: null,
    created_at: CREATED,
    updated_at: CREATED,
    ...fields,
  } satisfies CalendarTask;
}

/** Renders a feed and parses it back with ical.js, its zones registered for conversions. */
function parseFeed(timezone: string, tasks: CalendarTask[], userId = "user-a") {
  const text = renderTaskCalendar({ userId, timezone, origin: ORIGIN, tasks });
  const { calendar, events } = parseIcs(text);
  const byNumber = (number: number) => {
    const found = events.find((event) =>
      event.component.getFirstPropertyValue("url")?.toString().endsWith(`?task=${number}`),
    );
    if (!found) throw new Error(`no event for task ${number}`);
    return found;
  };
  return { text, calendar, events, byNumber };
}

/** When the event's (only) alarm rings, for the occurrence starting at `start`. */
function alarmInstant(event: ICAL.Event, start: ICAL.Time): Date {
  const alarm = event.component.getFirstSubcomponent("valarm")!;
  const trigger = alarm.getFirstPropertyValue("trigger") as ICAL.Duration;
  expect(alarm.getFirstProperty("trigger")!.getParameter("related") ?? "START").toBe("START");
  const ring = start.clone();
  ring.addDuration(trigger);
  return ring.toJSDate();
}

describe("task calendar feed", () => {
  it("is a calendar every client accepts: VERSION, PRODID, X-WR-CALNAME, stable UIDs", () => {
    const tasks = [
      task({ number: 1, due_date: "2027-01-10" }),
      task({ number: 2, due_date: "2027-01-11" }),
    ];
    const first = parseFeed("Europe/Berlin", tasks);
    expect(first.calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(first.calendar.getFirstPropertyValue("prodid")).toBe("-//Taskchat//Task calendar//EN");
    expect(first.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Taskchat");
    expect(first.calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Berlin");
    expect(first.text).toMatch(/\r\n/);
    expect(first.text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const uids = first.events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(2);
    // The same tasks give the same UIDs on the next fetch (clients update, not duplicate).
    expect(parseFeed("Europe/Berlin", tasks).events.map((event) => event.uid)).toEqual(uids);
    // Another person's task 1 is another event.
    expect(parseFeed("Europe/Berlin", tasks, "user-b").events[0]!.uid).not.toBe(uids[0]);
  });

  it("writes a timed task at its wall-clock time in the user's zone, on both sides of DST", () => {
    const feed = parseFeed("Europe/Berlin", [
      task({ number: 1, title: "Winter call", due_date: "2027-01-11", due_time: "17:00" }),
      task({ number: 2, title: "Summer call", due_date: "2027-07-12", due_time: "17:00" }),
    ]);
    const winter = feed.byNumber(1);
    expect(winter.startDate.zone?.tzid).toBe("Europe/Berlin");
    expect(winter.startDate.toString()).toBe("2027-01-11T17:00:00");
    expect(winter.startDate.toJSDate().toISOString()).toBe("2027-01-11T16:00:00.000Z");
    expect(winter.duration.toSeconds()).toBe(TIMED_EVENT_MINUTES * 60);
    expect(feed.byNumber(2).startDate.toJSDate().toISOString()).toBe("2027-07-12T15:00:00.000Z");
    expect(feed.calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);
  });

  it("writes a time in New York and in UTC as those zones read it", () => {
    const york = parseFeed("America/New_York", [
      task({ number: 1, due_date: "2027-03-15", due_time: "08:30" }),
    ]).byNumber(1);
    expect(york.startDate.toJSDate().toISOString()).toBe("2027-03-15T12:30:00.000Z");

    const utc = parseFeed("UTC", [task({ number: 1, due_date: "2027-03-15", due_time: "08:30" })]);
    expect(utc.text).toContain("DTSTART:20270315T083000Z");
    expect(utc.byNumber(1).startDate.toJSDate().toISOString()).toBe("2027-03-15T08:30:00.000Z");
  });

  it("makes an undated-time task an all-day event on its date", () => {
    const feed = parseFeed("Pacific/Auckland", [task({ number: 4, due_date: "2027-02-28" })]);
    const event = feed.byNumber(4);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2027-02-28");
    expect(event.endDate.toString()).toBe("2027-03-01");
  });

  it("sets an alarm at the reminder, before or after the start, all-day too", () => {
    const feed = parseFeed("Europe/Berlin", [
      task({
        number: 1,
        due_date: "2027-01-11",
        due_time: "17:00",
        remind_at: new Date("2027-01-11T15:45:00Z"),
      }),
      task({ number: 2, due_date: "2027-01-12", remind_at: new Date("2027-01-12T07:00:00Z") }),
      task({ number: 3, due_date: "2027-01-13" }),
    ]);
    const timed = feed.byNumber(1);
    expect(alarmInstant(timed, timed.startDate).toISOString()).toBe("2027-01-11T15:45:00.000Z");
    const timedAlarm = timed.component.getFirstSubcomponent("valarm")!;
    expect(timedAlarm.getFirstPropertyValue("action")).toBe("DISPLAY");

    // All-day: the start is midnight where the user is (08:00 Berlin = 07:00Z).
    const allDay = feed.byNumber(2);
    const trigger = allDay.component
      .getFirstSubcomponent("valarm")!
      .getFirstPropertyValue("trigger") as ICAL.Duration;
    expect(trigger.toString()).toBe("PT8H");
    expect(feed.byNumber(3).component.getFirstSubcomponent("valarm")).toBeNull();
  });

  it("repeats a repeating task by its RRULE, keeping the wall-clock time across DST", () => {
    const feed = parseFeed("Europe/Berlin", [
      task({
        number: 1,
        title: "Standup",
        due_date: "2027-03-22",
        due_time: "09:00",
        recurrence: "FREQ=WEEKLY;BYDAY=MO",
        remind_at: new Date("2027-03-22T07:50:00Z"),
      }),
    ]);
    const event = feed.byNumber(1);
    expect(event.isRecurring()).toBe(true);
    const rule = event.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("WEEKLY");
    const iterator = event.iterator();
    const starts = [iterator.next()!, iterator.next()!, iterator.next()!];
    expect(starts.map((start) => start.toJSDate().toISOString())).toEqual([
      "2027-03-22T08:00:00.000Z", // CET
      "2027-03-29T07:00:00.000Z", // CEST: still 09:00 on the wall
      "2027-04-05T07:00:00.000Z",
    ]);
    // The alarm rings 10 minutes before each occurrence.
    expect(alarmInstant(event, starts[1]!).toISOString()).toBe("2027-03-29T06:50:00.000Z");
  });

  it("ends a repeat on its UNTIL day, in the form of the event's start", () => {
    expect(calendarRule("FREQ=DAILY;UNTIL=20270105", true, "Europe/Berlin")).toBe(
      "FREQ=DAILY;UNTIL=20270105T225959Z",
    );
    expect(calendarRule("FREQ=DAILY;UNTIL=20270105T120000Z", false, "UTC")).toBe(
      "FREQ=DAILY;UNTIL=20270105",
    );
    const feed = parseFeed("Europe/Berlin", [
      task({
        number: 1,
        due_date: "2027-01-01",
        due_time: "23:00",
        recurrence: "FREQ=DAILY;UNTIL=20270103",
      }),
    ]);
    const iterator = feed.byNumber(1).iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) dates.push(next.toString());
    expect(dates).toEqual(["2027-01-01T23:00:00", "2027-01-02T23:00:00", "2027-01-03T23:00:00"]);
  });

  it("carries the title, description, link, priority and tags; escapes what iCalendar reserves", () => {
    const feed = parseFeed("UTC", [
      task({
        number: 7,
        title: "Buy milk, eggs; bread\\butter",
        description: "From the shop\non the corner",
        due_date: "2027-05-01",
        priority: "high",
        tags: ["errands", "home"],
      }),
    ]);
    const event = feed.byNumber(7);
    expect(event.summary).toBe("Buy milk, eggs; bread\\butter");
    expect(event.description).toBe(`From the shop\non the corner\n\n${ORIGIN}/?task=7`);
    expect(event.component.getFirstPropertyValue("priority")).toBe(1);
    expect(event.component.getFirstProperty("categories")!.getValues()).toEqual([
      "errands",
      "home",
    ]);
    expect(event.component.getFirstPropertyValue("class")).toBe("PRIVATE");
  });
});
