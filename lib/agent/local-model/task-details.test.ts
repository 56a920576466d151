import { describe, expect, it } from "vitest";
import { clockOf } from "./clock";
import { readDetails } from "./task-details";

// Wednesday 9 December 2026, 10:00 UTC.
const clock = { now: new Date("2026-12-09T10:00:00Z"), timeZone: "UTC" };

describe("readDetails", () => {
  it.each([
    ["Call mom tomorrow at 5pm", "Call mom", { due_date: "2026-12-10", due_time: "17:00" }],
    ["Pay rent on the 15th", "Pay rent", { due_date: "2026-12-15" }],
    ["Check the oven in 2 hours", "Check the oven", { due_date: "2026-12-09", due_time: "12:00" }],
    [
      "Send the invoice before the end of the month",
      "Send the invoice",
      { due_date: "2026-12-31" },
    ],
    ["Call the plumber at 6", "Call the plumber", { due_date: "2026-12-09", due_time: "18:00" }],
    ["High priority: finish the report", "Finish the report", { priority: "high" }],
    ["Clean the garage, no rush", "Clean the garage", { priority: "low" }],
    ["Buy milk #errands #Home", "Buy milk", { tags: ["errands", "home"] }],
    ["Buy stamps, tag it errands", "Buy stamps", { tags: ["errands"] }],
    [
      "Pay rent on the 1st of every month",
      "Pay rent",
      { recurrence: "FREQ=MONTHLY;BYMONTHDAY=1", due_date: "2027-01-01" },
    ],
    [
      "Standup daily at 9:30",
      "Standup",
      { recurrence: "FREQ=DAILY", due_date: "2026-12-09", due_time: "09:30" },
    ],
    [
      "Clean gutters every other week",
      "Clean gutters",
      { recurrence: "FREQ=WEEKLY;INTERVAL=2", due_date: "2026-12-09" },
    ],
    ["Read chapter 5", "Read chapter 5", {}],
    ["Fix bug #3", "Fix bug #3", {}],
    ["iPhone charger", "iPhone charger", {}],
    ["Urgent: eBay refund", "eBay refund", { priority: "high" }],
  ])("%j → %j %j", (text, title, details) => {
    expect(readDetails(text, clock)).toEqual({ title, details });
  });

  it("leaves no title when the words are only a date or a time", () => {
    expect(readDetails("6pm", clock).title).toBe("");
    expect(readDetails("tomorrow at 5pm", clock).title).toBe("");
  });

  it("reads today in the person's zone: Kiritimati and Los Angeles at the same instant", () => {
    const now = new Date("2026-12-09T23:30:00Z");
    const kiritimati = readDetails("Call mom today", { now, timeZone: "Pacific/Kiritimati" });
    const losAngeles = readDetails("Call mom today", { now, timeZone: "America/Los_Angeles" });
    expect(kiritimati.details.due_date).toBe("2026-12-10");
    expect(losAngeles.details.due_date).toBe("2026-12-09");
  });
});

describe("clockOf", () => {
  it("takes now and the zone from the call's provider options", () => {
    const clock = clockOf({
      providerOptions: { taskchat: { now: "2026-01-02T03:04:00Z", timeZone: "Asia/Karachi" } },
    });
    expect(clock).toEqual({ now: new Date("2026-01-02T03:04:00Z"), timeZone: "Asia/Karachi" });
  });

  it("falls back to UTC for an unknown zone and to the real clock without options", () => {
    const clock = clockOf({ providerOptions: { taskchat: { timeZone: "Mars/Olympus" } } });
    expect(clock.timeZone).toBe("UTC");
    expect(Math.abs(clock.now.getTime() - Date.now())).toBeLessThan(5_000);
  });
});
