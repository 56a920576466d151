import { describe, expect, it } from "vitest";
import { zonedInstant } from "@/lib/time/zoned-time";
import { nextOccurrence, normaliseRecurrence, recurrenceProblem } from "./recurrence";

/** The instant of a wall-clock time in a zone, as ISO text. */
const instantIso = (date: string, time: string, zone: string) =>
  zonedInstant(date, time, zone).toISOString();

describe("nextOccurrence", () => {
  it("monthly on the 31st skips February (RFC 5545), the last day does not", () => {
    expect(nextOccurrence("FREQ=MONTHLY;BYMONTHDAY=31", "2027-01-31", "2027-01-31")).toBe(
      "2027-03-31",
    );
    expect(nextOccurrence("FREQ=MONTHLY;BYMONTHDAY=-1", "2027-01-31", "2027-01-31")).toBe(
      "2027-02-28",
    );
    expect(nextOccurrence("FREQ=MONTHLY;BYMONTHDAY=-1", "2028-01-31", "2028-01-31")).toBe(
      "2028-02-29",
    );
  });

  it("a yearly leap-day task comes back on the next 29 February", () => {
    expect(nextOccurrence("FREQ=YEARLY", "2028-02-29", "2028-02-29")).toBe("2032-02-29");
  });

  it("every weekday skips the weekend", () => {
    const rule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
    expect(nextOccurrence(rule, "2026-12-04", "2026-12-04")).toBe("2026-12-07"); // Fri → Mon
    expect(nextOccurrence(rule, "2026-12-07", "2026-12-07")).toBe("2026-12-08");
  });

  it("every other week keeps its rhythm from the due date", () => {
    expect(nextOccurrence("FREQ=WEEKLY;INTERVAL=2", "2026-12-02", "2026-12-02")).toBe("2026-12-16");
    expect(nextOccurrence("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-12-07", "2026-12-07")).toBe(
      "2026-12-21",
    );
  });

  it("an overdue repeat catches up to today, never a day in the past", () => {
    expect(nextOccurrence("FREQ=DAILY", "2026-11-01", "2026-12-06")).toBe("2026-12-06");
    expect(nextOccurrence("FREQ=WEEKLY;BYDAY=MO", "2026-11-02", "2026-12-06")).toBe("2026-12-07");
    // Today's occurrence at a time already past is past too.
    expect(
      nextOccurrence("FREQ=DAILY", "2026-11-01", "2026-12-06", {
        dueTime: "09:00",
        nowTime: "10:30",
      }),
    ).toBe("2026-12-07");
  });

  it("a repeat that has ended has no next date", () => {
    expect(nextOccurrence("FREQ=DAILY;UNTIL=20261206T000000Z", "2026-12-06", "2026-12-06")).toBe(
      null,
    );
  });

  it("keeps the wall-clock time across a DST change (America/New_York, 8 March 2026)", () => {
    const next = nextOccurrence("FREQ=DAILY", "2026-03-07", "2026-03-07")!;
    expect(next).toBe("2026-03-08");
    // 09:00 in New York is 14:00 UTC before the change and 13:00 UTC after it.
    expect(instantIso("2026-03-07", "09:00", "America/New_York")).toBe("2026-03-07T14:00:00.000Z");
    expect(instantIso(next, "09:00", "America/New_York")).toBe("2026-03-08T13:00:00.000Z");
    // And in Berlin at the end of summer time (25 October 2026).
    expect(instantIso("2026-10-24", "09:00", "Europe/Berlin")).toBe("2026-10-24T07:00:00.000Z");
    expect(instantIso("2026-10-25", "09:00", "Europe/Berlin")).toBe("2026-10-25T08:00:00.000Z");
  });
});

describe("recurrenceProblem", () => {
  it.each(["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO", "FREQ=MONTHLY;BYMONTHDAY=1", "FREQ=YEARLY"])(
    "accepts %s",
    (rule) => expect(recurrenceProblem(rule)).toBeNull(),
  );

  it.each([
    "hello",
    "FREQ=BOGUS",
    "BYDAY=MO",
    "FREQ=DAILY;BYDAY=XX",
    "FREQ=DAILY;INTERVAL=abc",
    "FREQ=DAILY;INTERVAL=0",
    "FREQ=HOURLY",
    "FREQ=DAILY;DTSTART=20260101T000000Z",
    "FREQ=DAILY;FREQ=WEEKLY",
  ])("refuses %s", (rule) => expect(recurrenceProblem(rule)).not.toBeNull());

  it("stores the rule without a prefix, upper-case", () => {
    expect(normaliseRecurrence(" rrule:freq=weekly;byday=mo ")).toBe("FREQ=WEEKLY;BYDAY=MO");
  });
});
