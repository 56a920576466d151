import { describe, expect, it } from "vitest";
import type { StoredToolCall } from "@/db/schema";
import { toolSummaryText, toolSummaryWidget } from "./tool-summary";

const list = (titles: string[]): StoredToolCall =>
  ({
    name: "list_tasks",
    arguments: { status: "all" },
    result: {
      tasks: titles.map((title, i) => ({
        id: i + 1,
        title,
        completed: i === 1,
        description: null,
      })),
      total: titles.length,
    },
  }) as StoredToolCall;

describe("ChatKit's summary card", () => {
  it("shows the tasks of a list that is the answer (the text only counts them)", () => {
    const calls = [list(["Milk", "Eggs"])];
    expect(toolSummaryText(calls)).toBe(
      "Listed 2 tasks (1 pending, 1 done)\n#1 Milk\n#2 Eggs (done)",
    );
    expect(toolSummaryWidget(calls).children).toHaveLength(3);
  });

  it("shows a lookup followed by a change as its line only", () => {
    const complete = {
      name: "complete_task",
      arguments: { task_id: 1 },
      result: { task_id: 1, status: "completed", title: "Milk" },
    } as StoredToolCall;
    expect(toolSummaryText([list(["Milk", "Eggs"]), complete])).toBe(
      "Listed 2 tasks (1 pending, 1 done)\nCompleted task 1: Milk",
    );
  });
});
