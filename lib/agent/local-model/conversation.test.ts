import { describe, expect, it } from "vitest";
import { runChatTurn } from "@/lib/chat/chat-turn";
import { chatConversation } from "@/test/support/task-database";
import { taskDatabaseForFile } from "@/test/support/task-database-for-file";

// Turns that lean on earlier ones: positions, pronouns, answers to our questions and
// confirmations, all read back from the stored conversation by the real chat core
// (history from the database → local model → tools on PGlite), never from memory.

const db = taskDatabaseForFile();

const on = (name: string, task_id: number) => ({ name, input: { task_id } });

describe("references from the stored conversation", () => {
  const conversation = chatConversation;
  const changed = (answer: { tool_calls: { name: string; arguments: unknown }[] }) =>
    answer.tool_calls
      .filter((c) => c.name !== "list_tasks")
      .map((c) => ({ name: c.name, input: c.arguments }));

  it("resolves a position in the list it showed", async () => {
    const user = await db.createUser(["Buy milk", "[x] Call mom", "Pay bills"]);
    const say = await conversation(user);
    await say("what's pending?");
    expect(changed(await say("delete the second one"))).toEqual([on("delete_task", 3)]);
    expect(await db.listOf(user)).toEqual({ "1": "Buy milk", "2": "[x] Call mom" });
  });

  it("resolves a pronoun to the task just mentioned", async () => {
    const user = await db.createUser();
    const say = await conversation(user);
    await say("add buy milk");
    expect(changed(await say("actually mark it done"))).toEqual([on("complete_task", 1)]);
    expect(await db.listOf(user)).toEqual({ "1": "[x] Buy milk" });
  });

  it("takes the answer to 'which one?' from the next message", async () => {
    const user = await db.createUser(["Meeting with Bob", "Buy milk", "Team meeting"]);
    const say = await conversation(user);
    expect(changed(await say("delete the meeting task"))).toEqual([]);
    expect(changed(await say("the team one"))).toEqual([on("delete_task", 3)]);
  });

  it("asks which task 'it' is after several were added", async () => {
    const user = await db.createUser();
    const say = await conversation(user);
    await say("add milk and eggs");
    const answer = await say("delete it");
    expect(changed(answer)).toEqual([]);
    expect(answer.response).toContain("#1 or #2");
  });
});

describe("deleting the whole list", () => {
  it("asks first and deletes only after a yes in the next message", async () => {
    const user = await db.createUser(["Buy milk", "Call mom"]);
    let conversationId: string | undefined;
    const say = async (message: string) => {
      const answer = await runChatTurn({ userId: user, conversationId, message });
      conversationId = answer.conversation_id;
      return answer;
    };
    const asked = await say("delete everything");
    expect(asked.tool_calls.filter((c) => c.name !== "list_tasks")).toEqual([]);
    expect(asked.response).toMatch(/all 2 of your tasks.*sure/);
    expect(Object.keys(await db.listOf(user))).toHaveLength(2);
    const done = await say("yes");
    // It reads the list again: what gets deleted is the list as it is now.
    expect(done.tool_calls.map((c) => [c.name, c.arguments])).toEqual([
      ["list_tasks", { status: "all" }],
      ["delete_task", { task_id: 1 }],
      ["delete_task", { task_id: 2 }],
    ]);
    expect(await db.listOf(user)).toEqual({});
  });

  it("keeps everything on a no", async () => {
    const user = await db.createUser(["Buy milk"]);
    const first = await runChatTurn({ userId: user, message: "clear my list" });
    const second = await runChatTurn({
      userId: user,
      conversationId: first.conversation_id,
      message: "no",
    });
    expect(second.tool_calls).toEqual([]);
    expect(await db.listOf(user)).toEqual({ "1": "Buy milk" });
  });
});
