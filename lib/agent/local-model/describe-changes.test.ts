import { describe, expect, it } from "vitest";
import { describeChanges } from "./describe-changes";

// Monday 7 December 2026, 10:00 in Berlin.
const clock = { now: new Date("2026-12-07T09:00:00Z"), timeZone: "Europe/Berlin" };

const call = (
  toolName: string,
  input: Record<string, unknown>,
  output: Record<string, unknown>,
) => ({ toolCallId: toolName, toolName, input, output });

/** The words after one call. */
const describeOne = (...args: Parameters<typeof call>) => describeChanges([call(...args)], clock);

const rent = {
  task_id: 3,
  status: "updated",
  title: "Pay rent",
  due_date: "2026-12-11",
  due_time: "18:00",
  priority: "none",
  tags: [],
  recurrence: null,
};

describe("the local model's words after a change", () => {
  it("says where a task moved, in the person's words, never an ISO date", () => {
    const moved = describeOne(
      "update_task",
      { task_id: 3, due_date: "2026-12-11", due_time: "18:00" },
      rent,
    );
    expect(moved).toBe('Moved #3 "Pay rent" to Fri 11 Dec 18:00.');
    const time = describeOne(
      "update_task",
      { task_id: 3, due_time: "17:00" },
      { ...rent, due_date: "2026-12-08", due_time: "17:00" },
    );
    expect(time).toBe('Moved #3 "Pay rent" to tomorrow 17:00.');
    expect(`${moved} ${time}`).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it("names what an add set, and what an update set or cleared", () => {
    const callMom = {
      title: "Call mom",
      due_date: "2026-12-08",
      due_time: "17:00",
      priority: "high",
      tags: ["family"],
    };
    const added = describeOne("add_task", callMom, {
      ...rent,
      task_id: 4,
      status: "created",
      ...callMom,
    });
    expect(added).toBe('Added #4 "Call mom": due tomorrow 17:00, high priority, #family.');
    const weekly = describeOne(
      "update_task",
      { task_id: 3, recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO" },
      { ...rent, recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO" },
    );
    expect(weekly).toBe('Updated #3 "Pay rent": repeats every other week on Monday.');
    const cleared = describeOne(
      "update_task",
      { task_id: 3, due_date: null },
      { ...rent, due_date: null, due_time: null },
    );
    expect(cleared).toBe('Updated #3 "Pay rent": no due date.');
    expect(
      describeOne("update_task", { task_id: 3, completed: false }, { ...rent, status: "reopened" }),
    ).toBe('Reopened #3 "Pay rent".');
  });
});
