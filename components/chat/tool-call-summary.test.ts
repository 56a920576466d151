import { describe, expect, it } from "vitest";
import { summarizeToolCall } from "./tool-call-summary";

describe("summarizeToolCall", () => {
  it("words each tool's result as its card says it", () => {
    const done = (name: string, input: object, output: object) =>
      summarizeToolCall(name, input, output, true).text;
    expect(
      done(
        "add_task",
        { title: "Buy groceries" },
        { task_id: 4, status: "created", title: "Buy groceries" },
      ),
    ).toBe("Created #4 Buy groceries");
    expect(
      done("complete_task", { task_id: 3 }, { task_id: 3, status: "completed", title: "Pay rent" }),
    ).toBe("Completed #3 Pay rent");
    expect(
      done("delete_task", { task_id: 2 }, { task_id: 2, status: "deleted", title: "Old" }),
    ).toBe("Deleted #2 Old");
    expect(
      done(
        "update_task",
        { task_id: 1, title: "New" },
        { task_id: 1, status: "updated", title: "New" },
      ),
    ).toBe("Renamed #1 to New");
    expect(
      done(
        "update_task",
        { task_id: 1, description: "x" },
        { task_id: 1, status: "updated", title: "Same" },
      ),
    ).toBe("Updated #1 Same");
  });

  it("shows a pending call by what it is about to do", () => {
    expect(summarizeToolCall("add_task", { title: "Milk" }, undefined, false)).toEqual({
      state: "pending",
      text: "Adding “Milk”…",
    });
    expect(summarizeToolCall("complete_task", { task_id: 7 }, undefined, false).text).toBe(
      "Completing task #7…",
    );
  });

  it("reports a missing task and a failed tool as errors", () => {
    expect(
      summarizeToolCall(
        "delete_task",
        { task_id: 9 },
        { error: "task_not_found", task_id: 9 },
        true,
      ),
    ).toEqual({
      state: "error",
      text: "Task #9 not found",
    });
    expect(
      summarizeToolCall("add_task", {}, { error: "tool_failed", message: "Title too long" }, true)
        .text,
    ).toBe("Couldn't run add_task: Title too long");
  });

  it("turns list_tasks into rows with the filter's wording", () => {
    const summary = summarizeToolCall(
      "list_tasks",
      { status: "pending" },
      { tasks: [{ id: 1, title: "A", completed: false, description: null }], total: 3 },
      true,
    );
    expect(summary.text).toBe("3 pending tasks");
    expect(summary.list).toEqual({
      tasks: [
        {
          id: 1,
          title: "A",
          completed: false,
          description: null,
          due_date: null,
          due_time: null,
          priority: "none",
          tags: [],
          recurrence: null,
          remind_at: null,
          completed_at: null,
        },
      ],
      total: 3,
      status: "pending",
    });
    expect(summarizeToolCall("list_tasks", {}, { tasks: [], total: 1 }, true).text).toBe("1 task");
  });
});
