import { describe, expect, it } from "vitest";
import { sampleCalls, seenCall as seen } from "@/test/support/tool-calls";
import {
  doneCardText,
  progressText,
  readOutcome,
  replyForList,
  replyForResult,
  replyForResults,
  summaryLine,
  type SeenCall,
} from "./tool-wording";

const { added, completed, deleted, renamed, described, notFound } = sampleCalls;
const line = ({ toolName, output }: SeenCall) =>
  summaryLine(toolName, readOutcome(toolName, output));

describe("readOutcome", () => {
  it("reads a result through the tool's own result schema", () => {
    expect(readOutcome("add_task", added.output)).toEqual({
      kind: "changed",
      change: added.output,
    });
    expect(readOutcome("list_tasks", { tasks: [], total: 0 })).toEqual({
      kind: "listed",
      tasks: [],
      total: 0,
    });
    expect(readOutcome("complete_task", { error: "task_not_found", task_id: 9 })).toEqual({
      kind: "not_found",
      taskId: 9,
    });
    expect(readOutcome("add_task", { error: "tool_failed", message: "boom" })).toMatchObject({
      kind: "failed",
      error: "tool_failed",
    });
  });

  it("does not take one tool's result, or junk, for another's", () => {
    expect(readOutcome("complete_task", added.output)).toEqual({ kind: "other" });
    expect(readOutcome("list_tasks", { tasks: "none" })).toEqual({ kind: "other" });
    expect(readOutcome("drop_tables", {})).toEqual({ kind: "other" });
    expect(readOutcome("add_task", "not an object")).toEqual({ kind: "other" });
  });
});

describe("ChatKit's words", () => {
  it("says what a running call is about to do", () => {
    expect(progressText("add_task", { title: "Milk" })).toBe("Adding “Milk”…");
    expect(progressText("add_task", {})).toBe("Adding “a task”…");
    expect(progressText("list_tasks", {})).toBe("Looking at your tasks…");
    expect(progressText("complete_task", { task_id: 3 })).toBe("Completing task 3…");
    expect(progressText("delete_task", {})).toBe("Deleting a task…");
    expect(progressText("update_task", { task_id: 2 })).toBe("Updating task 2…");
    expect(progressText("drop_tables", {})).toBe("Working…");
  });

  it("sums up each finished call in one line", () => {
    expect(line(added)).toBe("Added task 4: Buy milk");
    expect(line(completed)).toBe("Completed task 3: Pay rent");
    expect(line(deleted)).toBe("Deleted task 2: Old");
    expect(line(renamed)).toBe("Updated task 1: New");
    expect(line(notFound)).toBe("Task 9 not found");
    expect(line(seen("add_task", {}, { error: "invalid_input", message: "title" }))).toBe(
      "add_task failed (invalid_input)",
    );
    expect(line(seen("list_tasks", {}, { tasks: [], total: 0 }))).toBe("No tasks");
    const tasks = [
      { id: 1, title: "A", description: null, completed: true },
      { id: 2, title: "B", description: null, completed: false },
    ];
    expect(line(seen("list_tasks", {}, { tasks, total: 2 }))).toBe(
      "Listed 2 tasks (1 pending, 1 done)",
    );
    expect(line(seen("drop_tables", {}, {}))).toBe("Ran drop_tables");
  });
});

describe("the local model's replies", () => {
  it("words each result as a sentence", () => {
    expect(replyForResult(added)).toBe('Added task #4: "Buy milk".');
    expect(replyForResult(completed)).toBe('Marked task #3 "Pay rent" as completed. Nice work!');
    expect(replyForResult(described)).toBe('Updated the description of task #1 "Same".');
    expect(replyForResult(renamed)).toBe('Updated task #1: "New".');
    expect(replyForResult(notFound)).toBe("I couldn't find task #9.");
    expect(replyForResult(seen("list_tasks", {}, { tasks: [], total: 0 }))).toBe("Done.");
  });

  it("lists several changes of one turn in one sentence, failures after it", () => {
    const calls = [
      seen("add_task", { title: "Milk" }, { task_id: 1, status: "created", title: "Milk" }),
      seen("add_task", { title: "Eggs" }, { task_id: 2, status: "created", title: "Eggs" }),
      seen(
        "add_task",
        { title: "" },
        { error: "invalid_input", message: "title: must not be empty" },
      ),
    ];
    expect(replyForResults(calls)).toBe(
      'Added 2 tasks: #1 "Milk", #2 "Eggs". I couldn\'t do that: title: must not be empty',
    );
    expect(replyForResults(calls.slice(0, 1))).toBe('Added task #1: "Milk".');
  });

  it("answers a list with how many and what is notable, never the list again", () => {
    const tasks = [
      { id: 1, title: "A", completed: false },
      { id: 3, title: "C", completed: true },
    ];
    expect(replyForList(tasks, 3, "all", false)).toBe("You have 3 tasks.");
    expect(replyForList(tasks, 2, "all", false)).toBe("You have 2 tasks: 1 pending, 1 done.");
    expect(replyForList(tasks.slice(0, 1), 1, "pending", true)).toBe("You have 1 pending task.");
    expect(replyForList([], 0, "pending", false)).toBe("You have no pending tasks. All done!");
    expect(replyForList([], 0, "all", false)).toBe("Your list is empty. Want me to add something?");
    const now = { date: "2026-12-07", time: "12:00" };
    const dated = [
      { id: 1, title: "Rent", completed: false, due_date: "2026-12-01", due_time: null },
      { id: 2, title: "Call", completed: false, due_date: "2026-12-07", due_time: "09:00" },
      { id: 3, title: "Gym", completed: false, due_date: "2026-12-07", due_time: "18:00" },
      { id: 4, title: "Old", completed: true, due_date: "2026-11-01", due_time: null },
    ];
    const answer = replyForList(dated, 4, "all", false, now);
    expect(answer).toBe("You have 4 tasks: 3 pending, 1 done. 2 are overdue and 1 is due today.");
    expect(answer).not.toMatch(/○|✓|Rent/);
  });
});

describe("rich task words on cards", () => {
  // Noon on Sunday 6 December in Los Angeles: the viewer's today.
  const now = new Date("2026-12-06T20:00:00Z");
  const card = (name: string, result: Record<string, unknown>, input: unknown = {}) =>
    doneCardText(name, input, readOutcome(name, result), result, now, "America/Los_Angeles");

  it("shows the due date, time, priority, tags and repeat after the title", () => {
    const created = {
      task_id: 4,
      status: "created",
      title: "Call mom",
      due_date: "2026-12-07",
      due_time: "17:00",
      priority: "high",
    };
    expect(card("add_task", created)).toBe("Created #4 Call mom · Tomorrow 17:00 · High");
    expect(card("add_task", { ...created, due_date: "2026-12-11", due_time: null })).toBe(
      "Created #4 Call mom · Fri 11 Dec · High",
    );
    expect(card("add_task", { ...created, tags: ["family"], recurrence: "FREQ=DAILY" })).toBe(
      "Created #4 Call mom · Tomorrow 17:00 · High · #family · Repeats daily",
    );
    expect(card("add_task", { ...created, due_date: null, priority: "none" })).toBe(
      "Created #4 Call mom",
    );
    expect(
      card("complete_task", {
        task_id: 2,
        status: "completed",
        title: "Water plants",
        next_due_date: "2026-12-07",
      }),
    ).toBe("Completed #2 Water plants · Next: Tomorrow");
    expect(
      card(
        "update_task",
        { ...created, task_id: 4, status: "updated", due_time: "18:00" },
        { task_id: 4, due_time: "18:00" },
      ),
    ).toBe("Moved #4 Call mom · Tomorrow 18:00 · High");
    expect(card("update_task", { task_id: 3, status: "reopened", title: "Eggs" })).toBe(
      "Reopened #3 Eggs",
    );
    expect(card("restore_task", { task_id: 3, status: "restored", title: "Eggs" })).toBe(
      "Restored #3 Eggs",
    );
  });
});
