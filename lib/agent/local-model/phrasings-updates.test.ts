import { describe, expect, it } from "vitest";
import { isWhen, rescheduled } from "./dates";
import { understand } from "./understand";

// A title is never replaced by a fragment: a date or time moves the task's own date,
// a pronoun asks for the new title instead.

describe("a new date or time reschedules, never renames", () => {
  it.each([
    ["change it to 6pm", { kind: "pronoun", plural: false }, "6pm"],
    ["change the dentist one to 6pm", { kind: "words", words: "dentist" }, "6pm"],
    ["prepone the meeting to 3pm", { kind: "words", words: "meeting" }, "3pm"],
    ["kindly postpone the meeting to monday", { kind: "words", words: "meeting" }, "monday"],
    ["move the first one to 5pm", { kind: "position", position: 1 }, "5pm"],
    ["make it 5pm", { kind: "pronoun", plural: false }, "5pm"],
    ["push task 2 back to next friday", { kind: "numbers", numbers: [2] }, "next friday"],
  ])("%j", (message, ref, when) => {
    // With a clock the new date or time is read into the task's fields ("schedule");
    // without one it is kept for the title's own date ("update" with `when`). Never a title.
    const intent = understand(message) as { kind: string; ref?: unknown; title?: string };
    expect(["schedule", "update"]).toContain(intent.kind);
    expect(intent.ref).toEqual(ref);
    expect(intent.title).toBeUndefined();
    if (intent.kind === "update") expect(intent).toEqual({ kind: "update", ref, when });
  });

  it.each([
    ["rename it to it", { kind: "pronoun", plural: false }],
    ["rename task 2 to that", { kind: "numbers", numbers: [2] }],
  ])("%j asks for a title", (message, ref) => {
    expect(understand(message)).toEqual({ kind: "update", ref, field: "title" });
  });

  it.each([
    ["change task 1 to buy oat milk", "Buy oat milk"],
    ["rename task 2 to Monday standup notes", "Monday standup notes"],
  ])("%j still renames", (message, title) => {
    expect(understand(message)).toMatchObject({ kind: "update", title });
  });

  it("moving a task to done is a completion, not a date", () => {
    expect(understand("move task 2 to done")).toEqual({
      kind: "complete",
      ref: { kind: "numbers", numbers: [2] },
    });
  });
});

describe("the date inside a title", () => {
  it.each([
    ["Team meeting at 4pm", "3pm", "Team meeting at 3pm"],
    ["Team meeting on Friday", "monday", "Team meeting on monday"],
    ["Dentist appointment", "6pm", "Dentist appointment at 6pm"],
    ["Pay rent", "tomorrow", "Pay rent tomorrow"],
    ["Call mom on Friday at 5pm", "saturday", "Call mom on saturday"],
    ["Dentist on Tuesday at 10am", "11am", "Dentist on Tuesday at 11am"],
  ])("%j + %j → %j", (title, when, expected) => {
    expect(rescheduled(title, when, new Date("2026-12-06T12:00:00Z"))).toBe(expected);
  });

  it.each([
    ["6pm", true],
    ["next friday", true],
    ["on monday at 9", true],
    ["buy milk", false],
    ["monday standup notes", false],
  ])("%j is a date or time alone: %s", (words, expected) => {
    expect(isWhen(words)).toBe(expected);
  });
});

describe("a follow-up note describes the task just mentioned", () => {
  it.each([
    ["on it: chocolate, from the bakery on main st", "chocolate, from the bakery on main st"],
    ["note: bring two photos", "bring two photos"],
    ["details - ask about the vaccine", "ask about the vaccine"],
    ["for that one: Gate code 4411", "Gate code 4411"],
  ])("%j", (message, description) => {
    expect(understand(message)).toEqual({
      kind: "update",
      ref: { kind: "pronoun", plural: false },
      description,
    });
  });

  it("a note to self is a new task", () => {
    expect(understand("note to self: buy stamps")).toEqual({
      kind: "add",
      tasks: [{ title: "Buy stamps" }],
    });
  });
});
