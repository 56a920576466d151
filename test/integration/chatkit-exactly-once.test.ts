import { describe, expect, it } from "vitest";
import { suiteApp, suiteAppOnFakeOpenAI, type AppFixture } from "../support/app-server";
import {
  signUpWithChatKit,
  streamedText,
  userInput,
  type ChatKitAnswer,
  type ChatKitClient,
} from "../support/chatkit";

// A ChatKit turn sent again (the same request: a resend, a double submit) runs once:
// one user message, one answer, one task, and the resend is told the first answer.

const newUser = (app: AppFixture) => signUpWithChatKit(app.url);
type Client = ChatKitClient;

async function messagesOf(client: Client, threadId: string) {
  const page = await client.api("GET", `/api/conversations/${threadId}/messages`);
  return page.json.messages.map((m: any) => [m.role, m.content, m.status]);
}

async function taskTitles(client: Client): Promise<string[]> {
  return (await client.api("GET", "/api/tasks")).json.tasks.map((t: any) => t.title);
}

const threadOf = (answer: ChatKitAnswer) =>
  answer.events.find((e) => e.type === "thread.created")!.thread.id as string;
const answerIdOf = (answer: ChatKitAnswer) =>
  answer.events.findLast((e) => e.type === "thread.item.done")!.item.id as string;

/** A thread opened with a first message (no Idempotency-Key); its id. */
async function openThread(client: Client, text: string): Promise<string> {
  const created = await client.chatKit({
    type: "threads.create",
    params: { input: userInput(text) },
  });
  return threadOf(created);
}

const addUserMessage = (threadId: string, text: string) => ({
  type: "threads.add_user_message",
  params: { thread_id: threadId, input: userInput(text) },
});

describe("with the local model", () => {
  const app = suiteApp();

  it("a threads.create sent twice with one Idempotency-Key opens one thread and adds one task", async () => {
    const client = await newUser(app);
    const request = {
      type: "threads.create",
      params: { input: userInput("Add a task to renew the passport") },
    };
    const key = { "idempotency-key": "create-1" };
    const first = await client.chatKit(request, key);
    const again = await client.chatKit(request, key);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(threadOf(again)).toBe(threadOf(first));
    expect(answerIdOf(again)).toBe(answerIdOf(first));
    expect(streamedText(again.events)).toBe("");
    const threads = await client.chatKit({ type: "threads.list", params: {} });
    expect(threads.json.data).toHaveLength(1);
    const stored = await messagesOf(client, threadOf(first));
    expect(stored.map((m: string[]) => m[0])).toEqual(["user", "assistant"]);
    expect(await taskTitles(client)).toEqual(["Renew the passport"]);
  });

  it("the same message resent without a key runs once and is told the first answer", async () => {
    const client = await newUser(app);
    const threadId = await openThread(client, "what's pending?");
    const request = addUserMessage(threadId, "Add a task to pay rent");
    const first = await client.chatKit(request);
    const again = await client.chatKit(request);
    expect(again.status).toBe(200);
    expect(answerIdOf(again)).toBe(answerIdOf(first));
    const userItems = (a: ChatKitAnswer) =>
      a.events.filter((e) => e.type === "thread.item.done" && e.item.type === "user_message");
    expect(userItems(again).map((e) => e.item.id)).toEqual(userItems(first).map((e) => e.item.id));
    expect((await messagesOf(client, threadId)).slice(2)).toEqual([
      ["user", "Add a task to pay rent", "complete"],
      ["assistant", expect.any(String), "complete"],
    ]);
    expect(await taskTitles(client)).toEqual(["Pay rent"]);
  });

  it("the same request sent twice at once runs once", async () => {
    const client = await newUser(app);
    const threadId = await openThread(client, "hello");
    const request = addUserMessage(threadId, "Add a task to book flights");
    const key = { "idempotency-key": "twice-at-once" };
    const [one, two] = await Promise.all([
      client.chatKit(request, key),
      client.chatKit(request, key),
    ]);
    expect(one.status).toBe(200);
    expect(two.status).toBe(200);
    expect(answerIdOf(two)).toBe(answerIdOf(one));
    expect((await messagesOf(client, threadId)).slice(2).map((m: string[]) => m[0])).toEqual([
      "user",
      "assistant",
    ]);
    expect(await taskTitles(client)).toEqual(["Book flights"]);
  });

  it("the same words sent again after another message are a new turn", async () => {
    const client = await newUser(app);
    const threadId = await openThread(client, "hello");
    const send = (text: string) => client.chatKit(addUserMessage(threadId, text));
    const first = await send("what's pending?");
    await send("Add a task to walk the dog");
    const again = await send("what's pending?");
    expect(answerIdOf(again)).not.toBe(answerIdOf(first));
    // The list is the summary card (a widget); the text gives the count (decision 019).
    expect(streamedText(again.events)).toMatch(/1 pending task/);
    expect(JSON.stringify(again.events)).toMatch(/Walk the dog/);
    expect((await messagesOf(client, threadId)).map((m: string[]) => m[0])).toEqual(
      Array(4).fill(["user", "assistant"]).flat(),
    );
  });

  it("refuses an Idempotency-Key longer than 100 characters", async () => {
    const client = await newUser(app);
    const answer = await client.chatKit(
      { type: "threads.create", params: { input: userInput("hello") } },
      { "idempotency-key": "k".repeat(101) },
    );
    expect(answer.status).toBe(400);
    expect(answer.json.error.code).toBe("VALIDATION_ERROR");
  });
});

describe("a failed ChatKit turn", () => {
  const { app, model } = suiteAppOnFakeOpenAI();

  it("is marked for retry, and a resend answers it once", async () => {
    const client = await newUser(app);
    model.respond = () => ({ status: 500, message: "boom" });
    const request = {
      type: "threads.create",
      params: { input: userInput("Add a task to fix the bike") },
    };
    const failed = await client.chatKit(request);
    expect(failed.events.at(-1)).toMatchObject({ type: "error", allow_retry: true });
    const threadId = threadOf(failed);
    // Marked, so a retry takes it over at once instead of waiting out its lease.
    expect(await messagesOf(client, threadId)).toEqual([
      ["user", "Add a task to fix the bike", "interrupted"],
    ]);

    model.respond = (chat) =>
      chat.body.messages.some((m) => m.role === "tool")
        ? { text: "Added 'Fix the bike'." }
        : { toolCalls: [{ name: "add_task", arguments: { title: "Fix the bike" } }] };
    const retried = await client.chatKit(request);
    expect(retried.status).toBe(200);
    expect(threadOf(retried)).toBe(threadId);
    expect(streamedText(retried.events)).toBe("Added 'Fix the bike'.");
    expect(await messagesOf(client, threadId)).toEqual([
      ["user", "Add a task to fix the bike", "complete"],
      ["assistant", "Added 'Fix the bike'.", "complete"],
    ]);
    expect(await taskTitles(client)).toEqual(["Fix the bike"]);
  });
});
