import { beforeAll, describe, expect, it, vi } from "vitest";
import { database } from "@/db";
import { runChatTurn } from "@/lib/chat/chat-turn";
import * as taskService from "@/lib/tasks/task-service";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";

beforeAll(async () => {
  expect(database().driver).toBe("pglite");
  await migrateTestDatabase();
});

describe("the tool calls of one step", () => {
  it("run in the order the model gave them, so tasks are numbered as they were said", async () => {
    // The first add is slow, as a statement can be on a busy machine: run side by side,
    // the other two took numbers 1 and 2 (on a loaded machine, "add milk, eggs and bread"
    // once listed its tasks out of order).
    const createTask = taskService.createTask;
    const spy = vi.spyOn(taskService, "createTask").mockImplementation(async (userId, input) => {
      if (input.title === "Milk") await new Promise((resolve) => setTimeout(resolve, 50));
      return createTask(userId, input);
    });
    try {
      const userId = await insertUser();
      const answer = await runChatTurn({ userId, message: "add milk, eggs and bread" });
      expect(spy).toHaveBeenCalledTimes(3);
      const added = answer.tool_calls.map(
        (call) => call.result as { task_id: number; title: string },
      );
      expect(added.map((task) => `${task.task_id} ${task.title}`)).toEqual([
        "1 Milk",
        "2 Eggs",
        "3 Bread",
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});
