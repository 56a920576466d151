import { describe, expect, it } from "vitest";
import type { SeenCall } from "@/lib/tasks/tool-wording";
import { unsetRichFields } from "@/test/support/task-json";
import { sampleCalls } from "@/test/support/tool-calls";
import { summarizeToolCall } from "./tool-call-summary";

describe("summarizeToolCall", () => {
  it("words each tool's result as its card says it", () => {
    const done = ({ toolName, input, output }: SeenCall) =>
      summarizeToolCall(toolName, input, output, true).text;
    expect(done(sampleCalls.added)).toBe("Created #4 Buy milk");
    expect(done(sampleCalls.completed)).toBe("Completed #3 Pay rent");
    expect(done(sampleCalls.deleted)).toBe("Deleted #2 Old");
    expect(done(sampleCalls.renamed)).toBe("Renamed #1 to New");
    expect(done(sampleCalls.described)).toBe("Updated #1 Same");
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
    const { toolName, input, output } = sampleCalls.notFound;
    expect(summarizeToolCall(toolName, input, output, true)).toEqual({
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
          ...unsetRichFields(),
          completed_at: null,
        },
      ],
      total: 3,
      status: "pending",
    });
    expect(summarizeToolCall("list_tasks", {}, { tasks: [], total: 1 }, true).text).toBe("1 task");
  });
});
