import { generateText, stepCountIs, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { agentTools } from "@/lib/agent/agent-tools";
import { collectToolCalls } from "@/lib/agent/run-agent";
import { SYSTEM_PROMPT } from "@/lib/agent/system-prompt";
import { taskDatabaseForFile } from "@/test/support/task-database-for-file";
import { LocalTaskModel } from "./local-model";
import { describeNoMatch } from "./replies";

// The local model driven through the AI SDK's tool loop, with the real task tools
// bound to a real PGlite database: each case asserts the exact tool calls and the
// exact list afterwards.

const db = taskDatabaseForFile();

const SEED = ["Buy milk", "Call mom", "Pay bills", "Dentist appointment on Friday", "Team meeting"];

async function ask(userId: string, message: string) {
  const result = await generateText({
    model: new LocalTaskModel(),
    system: SYSTEM_PROMPT,
    messages: [{ role: "user", content: message }],
    tools: agentTools({ userId }),
    stopWhen: stepCountIs(6),
  });
  const calls = collectToolCalls(result.steps).map(({ name, arguments: input }) => ({
    name,
    input,
  }));
  return { text: result.text, calls, changes: calls.filter((c) => c.name !== "list_tasks") };
}

type Call = { name: string; input: Record<string, unknown> };
const add = (title: string, description?: string): Call => ({
  name: "add_task",
  input: description ? { title, description } : { title },
});
const on = (name: string, task_id: number, extra: Record<string, unknown> = {}): Call => ({
  name,
  input: { task_id, ...extra },
});

describe("add", () => {
  it.each([
    ["add a task to buy groceries", "Buy groceries"],
    ["Add a task to buy groceries", "Buy groceries"],
    ["I need to remember to pay bills", "Pay bills"],
    ["remind me to call the plumber", "Call the plumber"],
    ["don't let me forget to water the plants", "Water the plants"],
    ["put eggs on my list", "Eggs"],
    ["todo: renew passport", "Renew passport"],
    ['add "Call Bob about the party"', "Call Bob about the party"],
    ["Add a meeting with Bob", "Meeting with Bob"],
    ["add a task to delete old emails", "Delete old emails"],
    ["remind me to complete the tax form", "Complete the tax form"],
    ["add a task to buy milk and eggs", "Buy milk and eggs"],
    ["hey can you pls add walk the dog thanks 🙏", "Walk the dog"],
    ["could you please create a task called Prepare slides", "Prepare slides"],
    ["i need to finish the report", "Finish the report"],
  ])("%j adds %j", async (message, title) => {
    const user = await db.createUser();
    const { text, calls } = await ask(user, message);
    expect(calls).toEqual([add(title)]);
    expect(await db.listOf(user)).toEqual({ "1": title });
    expect(text).toBe(`Added task #1: "${title}".`);
  });

  it("keeps a description given with the title", async () => {
    const user = await db.createUser();
    const { calls } = await ask(user, 'add "Plan trip" with description "flights and hotel"');
    expect(calls).toEqual([add("Plan trip", "flights and hotel")]);
  });

  it.each([
    ["add milk, eggs and bread", ["Milk", "Eggs", "Bread"]],
    ["add call mom and pay bills", ["Call mom", "Pay bills"]],
    ["add these tasks: laundry; dishes; vacuum", ["Laundry", "Dishes", "Vacuum"]],
  ])("%j adds several tasks", async (message, titles) => {
    const user = await db.createUser();
    const { text, calls } = await ask(user, message);
    expect(calls).toEqual(titles.map((t) => add(t)));
    expect(Object.values(await db.listOf(user))).toEqual(titles);
    expect(text).toContain(`Added ${titles.length} tasks: #1 "${titles[0]}"`);
  });

  it("asks for a title instead of adding an empty task", async () => {
    const user = await db.createUser();
    const { calls, text } = await ask(user, "add a task");
    expect(calls).toEqual([]);
    expect(text).toMatch(/what should the task be/i);
  });
});

describe("list", () => {
  it.each([
    ["show my tasks", "all"],
    ["list all tasks", "all"],
    ["What's pending?", "pending"],
    ["what's left", "pending"],
    ["show completed tasks", "completed"],
    ["what have I finished?", "completed"],
  ] as const)(
    "%j lists %s tasks: the card shows them, the answer counts",
    async (message, status) => {
      const user = await db.createUser(["Buy milk", "[x] Call mom", "Pay bills"]);
      const { text, calls } = await ask(user, message);
      expect(calls).toEqual([{ name: "list_tasks", input: { status } }]);
      expect(text).toBe(
        {
          all: "You have 3 tasks: 2 pending, 1 done.",
          pending: "You have 2 pending tasks.",
          completed: "You have 1 completed task.",
        }[status],
      );
      // One rendering: the list is on the card, not again as bullets.
      expect(text).not.toMatch(/○|✓|#\d/);
    },
  );

  it("counts: how many are left", async () => {
    const user = await db.createUser(["Buy milk", "[x] Call mom", "Pay bills"]);
    expect((await ask(user, "how many tasks are left?")).text).toBe("You have 2 pending tasks.");
  });

  it("answers correctly for 0, 1 and many tasks", async () => {
    expect((await ask(await db.createUser(), "show my tasks")).text).toMatch(/empty/);
    expect((await ask(await db.createUser(["Solo"]), "show my tasks")).text).toBe(
      "You have 1 task.",
    );
    expect((await ask(await db.createUser(["[x] Done"]), "what's pending")).text).toMatch(
      /no pending tasks/,
    );
  });
});

describe("complete, delete and update by number and by title words", () => {
  it.each([
    ["mark task 3 as done", on("complete_task", 3), { "3": "[x] Pay bills" }],
    ["task 2 is done", on("complete_task", 2), { "2": "[x] Call mom" }],
    ["#4 is finished", on("complete_task", 4), { "4": "[x] Dentist appointment on Friday" }],
    ["I finished the meeting task", on("complete_task", 5), { "5": "[x] Team meeting" }],
    ["check off milk", on("complete_task", 1), { "1": "[x] Buy milk" }],
    ["I called mom", on("complete_task", 2), { "2": "[x] Call mom" }],
    ["delete task 3", on("delete_task", 3), { "3": undefined }],
    ["delete the meeting task", on("delete_task", 5), { "5": undefined }],
    ["get rid of the dentsit one", on("delete_task", 4), { "4": undefined }],
    ["cancel the team meeting task", on("delete_task", 5), { "5": undefined }],
    [
      "rename task 1 to Buy oat milk",
      on("update_task", 1, { title: "Buy oat milk" }),
      { "1": "Buy oat milk" },
    ],
    [
      "change the meeting task to Team sync",
      on("update_task", 5, { title: "Team sync" }),
      { "5": "Team sync" },
    ],
    [
      "update the description of task 2 to her birthday",
      on("update_task", 2, { description: "her birthday" }),
      {},
    ],
  ])("%j", async (message, call, changed) => {
    const user = await db.createUser(SEED);
    const { changes, text } = await ask(user, message);
    expect(changes).toEqual([call]);
    const expected: Record<string, string | undefined> = Object.fromEntries(
      SEED.map((t, i) => [String(i + 1), t]),
    );
    Object.assign(expected, changed);
    const list = await db.listOf(user);
    expect(list).toEqual(Object.fromEntries(Object.entries(expected).filter(([, v]) => v)));
    expect(text).toContain(`#${String(call.input.task_id)}`);
  });

  it("looks a title up with list_tasks before acting on it", async () => {
    const user = await db.createUser(SEED);
    const { calls, text } = await ask(user, "delete the meeting task");
    expect(calls).toEqual([{ name: "list_tasks", input: { status: "all" } }, on("delete_task", 5)]);
    expect(text).toBe('Deleted task #5 "Team meeting".');
  });

  it("confirms completion with the task's number and title", async () => {
    const user = await db.createUser(SEED);
    expect((await ask(user, "complete task 1")).text).toBe(
      'Marked task #1 "Buy milk" as completed. Nice work!',
    );
  });
});

describe("safety in doubt", () => {
  it("lists the candidates and changes nothing when a title matches several tasks", async () => {
    const user = await db.createUser(["Meeting with Bob", "Buy milk", "Team meeting"]);
    const { changes, text } = await ask(user, "delete the meeting task");
    expect(changes).toEqual([]);
    expect(text).toContain("#1 Meeting with Bob");
    expect(text).toContain("#3 Team meeting");
    expect(await db.listOf(user)).toEqual({
      "1": "Meeting with Bob",
      "2": "Buy milk",
      "3": "Team meeting",
    });
  });

  it("says so and changes nothing when no title matches", async () => {
    const user = await db.createUser(SEED);
    const { changes, text } = await ask(user, "complete the yoga class");
    expect(changes).toEqual([]);
    expect(text).toMatch(/couldn't find a task matching "yoga class"/);
  });

  it.each(["delete task 7", "complete task 7", "rename task 7 to X"])(
    "%j: I couldn't find task #7",
    async (message) => {
      const user = await db.createUser(SEED);
      const { text } = await ask(user, message);
      expect(text).toBe("I couldn't find task #7.");
      expect(Object.keys(await db.listOf(user))).toHaveLength(5);
    },
  );

  it.each(["what's the weather?", "tell me a joke", "asdfgh"])(
    "%j calls no changing tool",
    async (message) => {
      const user = await db.createUser(SEED);
      const { changes } = await ask(user, message);
      expect(changes).toEqual([]);
    },
  );
});

describe("smalltalk", () => {
  it.each([
    ["hello!", /^Hi!/],
    ["thanks!", /welcome/],
    ["what can you do?", /Add/],
    ["bye", /Bye/],
  ])("%j", async (message, reply) => {
    const { calls, text } = await ask(await db.createUser(), message);
    expect(calls).toEqual([]);
    expect(text).toMatch(reply);
  });
});

describe("dates and priorities", () => {
  it("hands a parsed due date to add_task when its schema has due_at, keeping the words", async () => {
    const user = await db.createUser();
    const base = agentTools({ userId: user });
    const seen: unknown[] = [];
    const { tool, jsonSchema } = await import("ai");
    const tools = {
      ...base,
      add_task: tool({
        description: "Create a task",
        inputSchema: jsonSchema<{ title: string; due_at?: string; priority?: string }>({
          type: "object",
          properties: {
            title: { type: "string" },
            due_at: { type: "string" },
            priority: { type: "string" },
          },
          required: ["title"],
        }),
        execute: async (input) => {
          seen.push(input);
          return { task_id: 1, status: "created", title: input.title };
        },
      }),
    };
    await generateText({
      model: new LocalTaskModel(),
      messages: [{ role: "user", content: "add urgent: submit the report by Friday" }],
      tools,
      stopWhen: stepCountIs(3),
    });
    expect(seen).toHaveLength(1);
    const input = seen[0] as { title: string; due_at: string; priority: string };
    expect(input.title).toBe("Urgent: submit the report by Friday");
    expect(new Date(input.due_at).getDay()).toBe(5);
    expect(input.priority).toBe("high");
  });
});

describe("streaming", () => {
  it("streams tool calls and the answer like a real model", async () => {
    const user = await db.createUser();
    const result = streamText({
      model: new LocalTaskModel(),
      messages: [{ role: "user", content: "add buy milk" }],
      tools: agentTools({ userId: user }),
      stopWhen: stepCountIs(3),
    });
    expect(await result.text).toBe('Added task #1: "Buy milk".');
    expect(collectToolCalls(await result.steps).map((c) => c.name)).toEqual(["add_task"]);
  });
});

describe("a failed lookup", () => {
  it("searches the words, so its last card is the search, not the whole list; nothing changes", async () => {
    const user = await db.createUser(SEED);
    const { text, calls, changes } = await ask(user, "complete the gym session");
    expect(changes).toEqual([]);
    expect(calls).toEqual([
      { name: "list_tasks", input: { status: "all" } },
      { name: "list_tasks", input: { status: "all", query: "gym session" } },
    ]);
    expect(text).toMatch(/couldn't find a task matching "gym session"/);
  });

  it("offers what the search found", () => {
    const milk = {
      id: 4,
      title: "Milk",
      completed: false,
      description: null,
      completed_at: null,
      due_date: null,
      due_time: null,
      priority: "none" as const,
      tags: [],
      recurrence: null,
      remind_at: null,
    };
    expect(describeNoMatch("mlk", [milk], [milk])).toBe(
      'I couldn\'t find a task matching "mlk", so I didn\'t change anything. Did you mean #4 "Milk"? Tell me the number.',
    );
  });
});
