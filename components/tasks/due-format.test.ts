import { describe, expect, it } from "vitest";
import { todayIn } from "@/lib/time/zoned-time";
import { dayLabel, dueChip, instantToLocalInput, localInputToInstant } from "./due-format";

// Sunday 7 December 2026, 02:30 UTC.
const NOW = new Date("2026-12-07T02:30:00Z");

describe("due chips", () => {
  it("say today, tomorrow and other days in the person's zone", () => {
    const la = "America/Los_Angeles"; // Saturday 6 December, 18:30 there
    expect(
      dueChip({ due_date: "2026-12-06", due_time: "19:00", completed: false }, NOW, la),
    ).toEqual({ label: "Today 19:00", overdue: false });
    expect(dueChip({ due_date: "2026-12-07", due_time: null, completed: false }, NOW, la)).toEqual({
      label: "Tomorrow",
      overdue: false,
    });
    expect(dueChip({ due_date: "2026-12-11", completed: false }, NOW, la)?.label).toBe(
      "Fri 11 Dec",
    );
    expect(dueChip({ due_date: "2027-01-08", completed: false }, NOW, la)?.label).toBe(
      "Fri 8 Jan 2027",
    );
    expect(dueChip({ due_date: null, completed: false }, NOW, la)).toBeNull();
  });

  it("mark pending tasks past their day or time overdue, never completed ones", () => {
    const la = "America/Los_Angeles";
    expect(
      dueChip({ due_date: "2026-12-06", due_time: "17:00", completed: false }, NOW, la),
    ).toEqual({ label: "Today 17:00", overdue: true });
    expect(dueChip({ due_date: "2026-12-05", completed: false }, NOW, la)).toEqual({
      label: "Yesterday",
      overdue: true,
    });
    expect(dueChip({ due_date: "2026-12-05", completed: true }, NOW, la)?.overdue).toBe(false);
    expect(
      dueChip({ due_date: "2026-12-06", due_time: null, completed: false }, NOW, la)?.overdue,
    ).toBe(false);
  });

  it("read the same instant as different days in different zones", () => {
    expect(todayIn("Pacific/Kiritimati", NOW)).toBe("2026-12-07");
    expect(todayIn("America/Los_Angeles", NOW)).toBe("2026-12-06");
    expect(dayLabel("2026-12-07", todayIn("Pacific/Kiritimati", NOW))).toBe("Today");
    expect(dayLabel("2026-12-07", todayIn("America/Los_Angeles", NOW))).toBe("Tomorrow");
  });
});

describe("reminder times", () => {
  it("convert wall-clock times in a zone to instants and back, across DST", () => {
    const zone = "Europe/Paris";
    expect(localInputToInstant("2026-12-07T09:00", zone)).toBe("2026-12-07T08:00:00Z");
    expect(localInputToInstant("2026-07-07T09:00", zone)).toBe("2026-07-07T07:00:00Z");
    expect(localInputToInstant("2026-03-29T12:00", zone)).toBe("2026-03-29T10:00:00Z");
    expect(instantToLocalInput("2026-07-07T07:00:00Z", zone)).toBe("2026-07-07T09:00");
    expect(localInputToInstant("2026-12-07T09:00", "UTC")).toBe("2026-12-07T09:00:00Z");
  });
});
