import { describe, expect, it } from "vitest";
import { understand } from "./understand";

// Wednesday 9 December 2026, 10:00 UTC.
const clock = { now: new Date("2026-12-09T10:00:00Z"), timeZone: "UTC" };

describe("a thing with a day or time of its own is a new task", () => {
  it.each([
    "dentist appointment next tuesday at 9:30am",
    "lunch at noon",
    "meeting friday 3pm",
    "team lunch on the 15th",
  ])("%j adds it", (message) => {
    expect(understand(message, clock).kind).toBe("add");
  });

  it.each([
    "see you tomorrow",
    "happy friday",
    "i'm free tomorrow",
    "busy day today",
    "what's the weather like tomorrow?",
    "tomorrow",
    "third chat",
  ])("%j is talk, not a task", (message) => {
    expect(understand(message, clock).kind).not.toBe("add");
  });
});
