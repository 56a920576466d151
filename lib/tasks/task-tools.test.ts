import { beforeAll, describe, expect, it } from "vitest";
import { setUserTimeZone } from "@/db/accounts";
import { addDays, todayIn } from "@/lib/time/zoned-time";
import { TASK_TOOL_NAMES, taskNotFound, unsetRichFields } from "@/test/support/task-json";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { findTaskTool, LIST_LIMIT, runTaskTool, taskTools, type ToolContext } from "./task-tools";

let ann: ToolContext;
let bob: ToolContext;

beforeAll(async () => {
  await migrateTestDatabase();
  ann = { userId: await insertUser("Ann") };
  bob = { userId: await insertUser("Bob") };
});

/** A listed task with none of the rich fields set. */
const plain = (task: {
  id: number;
  title: string;
  description: string | null;
  completed: boolean;
}) => ({
  ...unsetRichFields(),
  completed_at: task.completed ? expect.any(String) : null,
  ...task,
});

/** An add_task or update_task result: the change and the task's fields. */
const changed = (
  change: { task_id: number; status: string; title: string },
  description: string | null = null,
) => ({
  ...change,
  description,
  ...unsetRichFields(),
  completed: change.status === "completed",
  completed_at: null,
});

// Read as plain records: the tests look at fields of results of every kind.
const run = (
  context: ToolContext,
  name: string,
  input: unknown,
): Promise<Record<string, unknown>> => runTaskTool(context, name, input);

describe("the task tool registry", () => {
  it("holds exactly the contract's six tools, none of which takes a user id", () => {
    expect(taskTools.map((t) => t.name)).toEqual(TASK_TOOL_NAMES);
    for (const tool of taskTools) {
      expect(Object.keys(tool.inputSchema.shape)).not.toContain("user_id");
      expect(tool.description.length).toBeGreaterThan(10);
    }
  });

  it("answers an unknown tool with a result, not a throw", async () => {
    expect(await run(ann, "drop_tables", {})).toEqual({
      error: "unknown_tool",
      name: "drop_tables",
    });
    expect(findTaskTool("drop_tables")).toBeUndefined();
  });
});

describe("add_task", () => {
  it("creates a task with the user's next number and answers the contract's shape", async () => {
    const user = { userId: await insertUser() };
    expect(await run(user, "add_task", { title: "Buy groceries" })).toEqual(
      changed({ task_id: 1, status: "created", title: "Buy groceries" }),
    );
    expect(
      await run(user, "add_task", { title: "  Call mom  ", description: "about Sunday" }),
    ).toEqual(changed({ task_id: 2, status: "created", title: "Call mom" }, "about Sunday"));
    const listed = await run(user, "list_tasks", {});
    expect(listed).toEqual({
      tasks: [
        plain({ id: 1, title: "Buy groceries", description: null, completed: false }),
        plain({ id: 2, title: "Call mom", description: "about Sunday", completed: false }),
      ],
      total: 2,
    });
  });

  it.each([
    [{}, "title"],
    [{ title: "" }, "title"],
    [{ title: "   " }, "title"],
    [{ title: "x".repeat(201) }, "title"],
    [{ title: "ok", description: "x".repeat(2001) }, "description"],
    [{ title: "nul \u0000 inside" }, "title"],
    [{ title: 42 }, "title"],
  ])("rejects bad input %j as invalid_input naming %s", async (input, field) => {
    const user = { userId: await insertUser() };
    const result = await run(user, "add_task", input);
    expect(result).toMatchObject({ error: "invalid_input" });
    expect(String(result.message)).toMatch(new RegExp(`^${field}: `));
    expect(await run(user, "list_tasks", {})).toEqual({ tasks: [], total: 0 });
  });

  it("refuses a smuggled user_id instead of acting for that user", async () => {
    const result = await run(bob, "add_task", { title: "Planted", user_id: ann.userId });
    expect(result).toMatchObject({ error: "invalid_input" });
    expect(String(result.message)).toMatch(/user_id/);
    const annTasks = (await run(ann, "list_tasks", {})) as { tasks: { title: string }[] };
    expect(annTasks.tasks.map((t) => t.title)).not.toContain("Planted");
  });

  it("accepts titles at the limits: 1 and 200 characters", async () => {
    const user = { userId: await insertUser() };
    expect(await run(user, "add_task", { title: "x" })).toMatchObject({ status: "created" });
    expect(await run(user, "add_task", { title: "y".repeat(200) })).toMatchObject({
      task_id: 2,
      status: "created",
    });
  });
});

describe("list_tasks", () => {
  it("filters by status, oldest first, and counts the total", async () => {
    const user = { userId: await insertUser() };
    for (const title of ["one", "two", "three"]) await run(user, "add_task", { title });
    await run(user, "complete_task", { task_id: 2 });

    const pending = await run(user, "list_tasks", { status: "pending" });
    expect(pending).toEqual({
      tasks: [
        plain({ id: 1, title: "one", description: null, completed: false }),
        plain({ id: 3, title: "three", description: null, completed: false }),
      ],
      total: 2,
    });
    expect(await run(user, "list_tasks", { status: "completed" })).toEqual({
      tasks: [plain({ id: 2, title: "two", description: null, completed: true })],
      total: 1,
    });
    const all = (await run(user, "list_tasks", { status: "all" })) as { tasks: { id: number }[] };
    expect(all.tasks.map((t) => t.id)).toEqual([1, 2, 3]);
  });

  it("rejects an unknown status and unknown fields", async () => {
    expect(await run(ann, "list_tasks", { status: "done" })).toMatchObject({
      error: "invalid_input",
    });
    expect(await run(ann, "list_tasks", { user_id: bob.userId })).toMatchObject({
      error: "invalid_input",
    });
  });

  it("returns the first page, oldest first, and counts every task in total", async () => {
    const user = { userId: await insertUser() };
    for (let i = 1; i <= LIST_LIMIT + 3; i++) await run(user, "add_task", { title: `task ${i}` });
    const all = (await run(user, "list_tasks", {})) as { tasks: { id: number }[]; total: number };
    expect(all.total).toBe(LIST_LIMIT + 3);
    expect(all.tasks.map((t) => t.id)).toEqual(Array.from({ length: LIST_LIMIT }, (_, i) => i + 1));
  });

  it("treats a missing input as no filter", async () => {
    const user = { userId: await insertUser() };
    expect(await run(user, "list_tasks", undefined)).toEqual({ tasks: [], total: 0 });
  });
});

describe("complete_task, delete_task, update_task", () => {
  it("complete_task marks the task done and answers its title", async () => {
    const user = { userId: await insertUser() };
    await run(user, "add_task", { title: "Pay rent" });
    expect(await run(user, "complete_task", { task_id: 1 })).toEqual({
      task_id: 1,
      status: "completed",
      title: "Pay rent",
    });
    expect(await run(user, "list_tasks", { status: "completed" })).toMatchObject({ total: 1 });
  });

  it("delete_task removes the task and never reuses its number", async () => {
    const user = { userId: await insertUser() };
    await run(user, "add_task", { title: "first" });
    await run(user, "add_task", { title: "second" });
    expect(await run(user, "delete_task", { task_id: 2 })).toEqual({
      task_id: 2,
      status: "deleted",
      title: "second",
    });
    expect(await run(user, "delete_task", { task_id: 2 })).toEqual(taskNotFound(2));
    expect(await run(user, "add_task", { title: "third" })).toMatchObject({ task_id: 3 });
  });

  it("update_task changes title and description", async () => {
    const user = { userId: await insertUser() };
    await run(user, "add_task", { title: "Draft", description: "old" });
    expect(await run(user, "update_task", { task_id: 1, title: " Final " })).toEqual({
      ...changed({ task_id: 1, status: "updated", title: "Final" }, "old"),
      previous: { title: "Draft" },
    });
    await run(user, "update_task", { task_id: 1, description: "new details" });
    expect(await run(user, "list_tasks", {})).toEqual({
      tasks: [plain({ id: 1, title: "Final", description: "new details", completed: false })],
      total: 1,
    });
  });

  it.each(["complete_task", "delete_task", "update_task"])(
    "%s on a number that does not exist is a task_not_found result",
    async (name) => {
      const user = { userId: await insertUser() };
      const input = name === "update_task" ? { task_id: 99, title: "x" } : { task_id: 99 };
      expect(await run(user, name, input)).toEqual(taskNotFound(99));
    },
  );

  it.each([
    ["complete_task", {}],
    ["complete_task", { task_id: 0 }],
    ["complete_task", { task_id: 1.5 }],
    ["delete_task", { task_id: "1" }],
    ["delete_task", { task_id: -3 }],
    ["update_task", { task_id: 1, title: "" }],
    ["update_task", { task_id: 1, completed: true }],
    ["delete_task", { task_id: 1, user_id: "someone-else" }],
  ])("%s rejects %j as invalid_input", async (name, input) => {
    const user = { userId: await insertUser() };
    await run(user, "add_task", { title: "keep me" });
    expect(await run(user, name, input)).toMatchObject({ error: "invalid_input" });
    expect(await run(user, "list_tasks", {})).toEqual({
      tasks: [plain({ id: 1, title: "keep me", description: null, completed: false })],
      total: 1,
    });
  });
});

describe("isolation between users", () => {
  it("one user's tools never see or change another user's tasks", async () => {
    const owner = { userId: await insertUser("Owner") };
    const other = { userId: await insertUser("Other") };
    await run(owner, "add_task", { title: "Owner's secret" });

    expect(await run(other, "list_tasks", {})).toEqual({ tasks: [], total: 0 });
    for (const name of ["complete_task", "delete_task", "update_task"]) {
      const input = name === "update_task" ? { task_id: 1, title: "hijacked" } : { task_id: 1 };
      expect(await run(other, name, input)).toEqual(taskNotFound(1));
    }
    // The other user's own numbering starts at 1, independent of the owner's.
    expect(await run(other, "add_task", { title: "mine" })).toMatchObject({ task_id: 1 });

    expect(await run(owner, "list_tasks", {})).toEqual({
      tasks: [plain({ id: 1, title: "Owner's secret", description: null, completed: false })],
      total: 1,
    });
  });
});

describe("rich tasks through the tools", () => {
  it("add_task stores the fields, a local reminder in the user's zone, and answers them", async () => {
    const user = { userId: await insertUser() };
    await setUserTimeZone(user.userId, "Europe/Berlin");
    const added = await run(user, "add_task", {
      title: "Call mom",
      due_date: "2031-07-01",
      due_time: "17:00",
      priority: "high",
      tags: ["Family"],
      remind_before_minutes: 30,
    });
    expect(added).toMatchObject({
      task_id: 1,
      status: "created",
      title: "Call mom",
      due_date: "2031-07-01",
      due_time: "17:00",
      priority: "high",
      tags: ["family"],
      // 16:30 in Berlin (summer time, UTC+2).
      remind_at: "2031-07-01T14:30:00.000Z",
    });
    const local = await run(user, "update_task", { task_id: 1, remind_at: "2031-07-01T09:15" });
    expect(local).toMatchObject({ status: "updated", remind_at: "2031-07-01T07:15:00.000Z" });
    expect(await run(user, "list_tasks", { tag: "family", priority: "high" })).toMatchObject({
      total: 1,
    });
    expect(await run(user, "list_tasks", { tag: "work" })).toMatchObject({ total: 0 });
  });

  it("refuses a time or a repeat without a date, and a rule that is not an RRULE", async () => {
    const user = { userId: await insertUser() };
    for (const input of [
      { title: "x", due_time: "09:00" },
      { title: "x", recurrence: "FREQ=DAILY" },
      { title: "x", due_date: "2031-01-01", recurrence: "every day" },
      { title: "x", remind_before_minutes: 10 },
    ]) {
      expect(await run(user, "add_task", input), JSON.stringify(input)).toMatchObject({
        error: "invalid_input",
      });
    }
    await run(user, "add_task", { title: "Report" });
    expect(await run(user, "update_task", { task_id: 1, recurrence: "FREQ=DAILY" })).toMatchObject({
      error: "invalid_input",
    });
    // A time alone on an undated task means its next such time: today, or tomorrow.
    const timed = await run(user, "update_task", { task_id: 1, due_time: "09:00" });
    expect(timed).toMatchObject({ status: "updated", due_time: "09:00" });
    expect((timed as { due_date: string | null }).due_date).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it("reopens, restores, and moves a repeating task on", async () => {
    const user = { userId: await insertUser() };
    await run(user, "add_task", { title: "Eggs" });
    await run(user, "complete_task", { task_id: 1 });
    expect(await run(user, "update_task", { task_id: 1, completed: false })).toMatchObject({
      task_id: 1,
      status: "reopened",
      completed: false,
      completed_at: null,
    });
    await run(user, "delete_task", { task_id: 1 });
    expect(await run(user, "list_tasks", {})).toMatchObject({ total: 0 });
    expect(await run(user, "restore_task", { task_id: 1 })).toEqual({
      task_id: 1,
      status: "restored",
      title: "Eggs",
    });
    expect(await run(user, "restore_task", { task_id: 5 })).toEqual(taskNotFound(5));

    const today = todayIn("UTC");
    await run(user, "add_task", { title: "Stand-up", due_date: today, recurrence: "FREQ=DAILY" });
    expect(await run(user, "complete_task", { task_id: 2 })).toEqual({
      task_id: 2,
      status: "completed",
      title: "Stand-up",
      next_due_date: addDays(today, 1),
    });
  });

  it("says what an update changed from, so sending `previous` back undoes it", async () => {
    const user = { userId: await insertUser() };
    await run(user, "add_task", {
      title: "Call mom",
      due_date: "2031-03-04",
      due_time: "17:00",
      priority: "high",
      tags: ["family"],
    });
    const moved = await run(user, "update_task", { task_id: 1, due_time: "18:00", tags: null });
    expect(moved).toMatchObject({ due_time: "18:00", tags: [] });
    expect(moved.previous).toEqual({ due_time: "17:00", tags: ["family"] });
    // Clearing the date takes the time along: both are named.
    const cleared = await run(user, "update_task", { task_id: 1, due_date: null });
    expect(cleared.previous).toEqual({ due_date: "2031-03-04", due_time: "18:00" });
    // Nothing changed, nothing to take back.
    expect(await run(user, "update_task", { task_id: 1, priority: "high" })).not.toHaveProperty(
      "previous",
    );
    await run(user, "update_task", { task_id: 1, ...(cleared.previous as object) });
    await run(user, "update_task", { task_id: 1, ...(moved.previous as object) });
    expect(await run(user, "list_tasks", {})).toMatchObject({
      tasks: [{ due_date: "2031-03-04", due_time: "17:00", priority: "high", tags: ["family"] }],
    });
    // The output schema declares it: MCP clients see the field.
    const tool = taskTools.find((t) => t.name === "update_task")!;
    expect(tool.outputSchema.safeParse(moved).success).toBe(true);
  });
});
