import { describe, expect, it } from "vitest";
import { canonicalTimeZone, isTimeZone, todayIn, wallClock, zonedInstant } from "./zoned-time";

/** The instant of a wall-clock time in a zone, as ISO text. */
const instantIso = (date: string, time: string, zone: string) =>
  zonedInstant(date, time, zone).toISOString();

describe("zoned time", () => {
  it("one instant is a different day in Kiritimati (UTC+14) and Los Angeles (UTC-8)", () => {
    const instant = new Date("2026-12-06T12:00:00Z");
    expect(todayIn("Pacific/Kiritimati", instant)).toBe("2026-12-07");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-12-06");
    expect(wallClock(instant, "Pacific/Kiritimati")).toEqual({ date: "2026-12-07", time: "02:00" });
  });

  it("turns a wall-clock time into its instant, also on DST days", () => {
    expect(instantIso("2026-12-07", "17:00", "America/Los_Angeles")).toBe(
      "2026-12-08T01:00:00.000Z",
    );
    // 02:30 does not exist on 8 March 2026 in New York: it reads as 03:30 EDT.
    expect(instantIso("2026-03-08", "02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
    // 01:30 happens twice on 1 November 2026: the first (EDT) is taken.
    expect(instantIso("2026-11-01", "01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
  });

  it("knows IANA zones and refuses anything else", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(canonicalTimeZone("europe/berlin")).toBe("Europe/Berlin");
    for (const zone of ["Mars/Olympus", "+02:00", "", "Europe/Berlin; drop table"]) {
      expect(isTimeZone(zone)).toBe(false);
    }
  });
});
