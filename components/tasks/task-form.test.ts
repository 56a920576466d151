import { describe, expect, it } from "vitest";
import type { RichTask } from "./rich-task";
import { formChanges, formValues, parseTags } from "./task-form";

const task: RichTask = {
  id: 4,
  title: "Call mom",
  description: null,
  completed: false,
  created_at: "2026-12-01T10:00:00.000Z",
  updated_at: "2026-12-01T10:00:00.000Z",
  due_date: "2026-12-08",
  due_time: "17:00",
  priority: "high",
  tags: ["family"],
  recurrence: null,
  remind_at: "2026-12-08T16:45:00Z",
  completed_at: null,
};

describe("the edit form", () => {
  it("sends nothing when nothing changed, even with a reminder in another zone", () => {
    const zone = "Europe/Paris";
    expect(formChanges(task, formValues(task, zone), zone)).toEqual({ changes: {} });
  });

  it("sends only what changed, and null to clear", () => {
    const values = {
      ...formValues(task, "UTC"),
      dueTime: "18:00",
      tags: "",
      priority: "none" as const,
    };
    expect(formChanges(task, values, "UTC")).toEqual({
      changes: { due_time: "18:00", tags: [], priority: "none" },
    });
    const cleared = { ...formValues(task, "UTC"), dueDate: "", dueTime: "", remindAt: "" };
    expect(formChanges(task, cleared, "UTC")).toEqual({
      changes: { due_date: null, due_time: null, remind_at: null },
    });
  });

  it("turns a repeat preset into an RRULE and keeps a custom rule it cannot show", () => {
    const daily = { ...formValues(task, "UTC"), repeat: "weekdays" };
    expect(formChanges(task, daily, "UTC")).toEqual({
      changes: { recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" },
    });
    const custom = { ...task, recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO" };
    const values = formValues(custom, "UTC");
    expect(values.repeat).toBe("custom");
    expect(formChanges(custom, values, "UTC")).toEqual({ changes: {} });
  });

  it("refuses a time or a repeat without a date, and bad tags", () => {
    const base = { ...formValues(task, "UTC"), dueDate: "" };
    expect(formChanges(task, { ...base, dueTime: "09:00" }, "UTC")).toHaveProperty("problem");
    expect(formChanges(task, { ...base, dueTime: "", repeat: "daily" }, "UTC")).toHaveProperty(
      "problem",
    );
    expect(formChanges(task, { ...formValues(task, "UTC"), tags: "a.b" }, "UTC")).toHaveProperty(
      "problem",
    );
    expect(formChanges(task, { ...formValues(task, "UTC"), title: "  " }, "UTC")).toHaveProperty(
      "problem",
    );
  });

  it("reads tags as typed", () => {
    expect(parseTags("#Work, home  errands,work")).toEqual(["work", "home", "errands"]);
    expect(parseTags("  ")).toEqual([]);
  });
});
