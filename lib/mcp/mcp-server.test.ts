import { describe, expect, it } from "vitest";
import type { ToolResult } from "@/lib/tasks/task-tools";
import { toCallToolResult } from "./mcp-server";

describe("toCallToolResult", () => {
  it("gives the contract's result as structured content and as JSON text", () => {
    const result: ToolResult = { task_id: 3, status: "created", title: "Buy milk" };
    expect(toCallToolResult(result)).toEqual({
      content: [{ type: "text", text: JSON.stringify(result) }],
      structuredContent: result,
      isError: false,
    });
  });

  it("marks an error result (e.g. a missing task) as a tool error", () => {
    const result = { error: "task_not_found", task_id: 9 };
    expect(toCallToolResult(result)).toMatchObject({ structuredContent: result, isError: true });
  });
});
