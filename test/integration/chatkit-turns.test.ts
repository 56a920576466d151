import { beforeAll, describe, expect, it } from "vitest";
import { suiteApp } from "../support/app-server";
import {
  chatKitAs,
  createThread,
  eventShape,
  ISO_DATE,
  streamedText,
  TOOL_TURN_ITEMS,
  userInput,
  UUID,
  signUpWithChatKit,
  type ChatKitClient,
  type ChatKitEvent,
} from "../support/chatkit";
import { signUp } from "../support/users";

// The ChatKit protocol's streaming requests, posted in the exact JSON shape the
// component sends, against the production server with the local model.

let chatKit: ChatKitClient["chatKit"];
let api: ChatKitClient["api"];

const app = suiteApp();
beforeAll(async () => {
  ({ chatKit, api } = await signUpWithChatKit(app.url));
});

const byType = (events: ChatKitEvent[], type: string) => events.filter((e) => e.type === type);

/** A turn's events from `stream_options` on, for a message that adds one task. */
const ADD_TURN = [
  "stream_options",
  "progress_update",
  "done:widget",
  "added:assistant_message",
  "updated:added",
  "updated:text_delta",
  "updated:done",
  "done:assistant_message",
];

function expectAssistantItem(item: any, threadId: string, text: string) {
  expect(item).toEqual({
    type: "assistant_message",
    id: expect.stringMatching(UUID),
    thread_id: threadId,
    created_at: expect.stringMatching(ISO_DATE),
    content: [{ type: "output_text", text, annotations: [] }],
  });
}

describe("threads.create", () => {
  it("streams thread.created, the stored user message, tool progress, a widget and the answer", async () => {
    const answer = await chatKit({
      type: "threads.create",
      params: { input: userInput("Add a task to buy groceries") },
      metadata: {},
    });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^text\/event-stream/);
    expect(eventShape(answer.events)).toEqual(["thread.created", "done:user_message", ...ADD_TURN]);

    const [created, userDone, options, progress, widgetDone, added] = answer.events as any[];
    const thread = created.thread;
    expect(thread).toEqual({
      id: expect.stringMatching(UUID),
      title: "Add a task to buy groceries",
      created_at: expect.stringMatching(ISO_DATE),
      status: { type: "active" },
      metadata: {},
      items: { data: [], has_more: false, after: null },
    });
    expect(userDone.item).toEqual({
      type: "user_message",
      id: expect.stringMatching(UUID),
      thread_id: thread.id,
      created_at: expect.stringMatching(ISO_DATE),
      content: [{ type: "input_text", text: "Add a task to buy groceries" }],
      attachments: [],
      inference_options: {},
    });
    expect(options.stream_options).toEqual({ allow_cancel: true });
    expect(progress).toEqual({ type: "progress_update", icon: "plus", text: expect.any(String) });
    expect(widgetDone.item).toMatchObject({
      type: "widget",
      thread_id: thread.id,
      created_at: expect.stringMatching(ISO_DATE),
      widget: { type: "Card" },
      copy_text: "Added task 1: Buy groceries",
    });
    expect(added.item).toEqual({
      type: "assistant_message",
      id: expect.stringMatching(UUID),
      thread_id: thread.id,
      created_at: expect.stringMatching(ISO_DATE),
      content: [],
    });
    const answerId = added.item.id;
    expect(widgetDone.item.id).toBe(`${answerId}:tools`);

    const updates = byType(answer.events, "thread.item.updated");
    expect(updates.every((e) => e.item_id === answerId)).toBe(true);
    expect(updates[0]!.update).toEqual({
      type: "assistant_message.content_part.added",
      content_index: 0,
      content: { type: "output_text", text: "", annotations: [] },
    });
    for (const delta of updates.slice(1, -1)) {
      expect(delta.update).toEqual({
        type: "assistant_message.content_part.text_delta",
        content_index: 0,
        delta: expect.any(String),
      });
    }
    const text = 'Added task #1: "Buy groceries".';
    expect(streamedText(answer.events)).toBe(text);
    expect(updates.at(-1)!.update).toEqual({
      type: "assistant_message.content_part.done",
      content_index: 0,
      content: { type: "output_text", text, annotations: [] },
    });
    const done = answer.events.at(-1)!;
    expectAssistantItem(done.item, thread.id, text);
    expect(done.item.id).toBe(answerId);

    // Stored: the task, and the two messages with the ids the stream named.
    const tasks = await api("GET", "/api/tasks");
    expect(tasks.json.tasks.map((t: any) => t.title)).toEqual(["Buy groceries"]);
    const stored = await api("GET", `/api/conversations/${thread.id}/messages`);
    expect(stored.json.messages.map((m: any) => [m.id, m.role, m.content])).toEqual([
      [userDone.item.id, "user", "Add a task to buy groceries"],
      [answerId, "assistant", text],
    ]);
  });

  it("answers a message that uses no tool with the message alone", async () => {
    const answer = await chatKit({ type: "threads.create", params: { input: userInput("hello") } });
    expect(eventShape(answer.events)).toEqual([
      "thread.created",
      "done:user_message",
      "stream_options",
      "added:assistant_message",
      "updated:added",
      "updated:text_delta",
      "updated:done",
      "done:assistant_message",
    ]);
  });

  it("stores tags as their text and a quote above the message", async () => {
    const answer = await chatKit({
      type: "threads.create",
      params: {
        input: {
          content: [
            { type: "input_text", text: "Add a task to call " },
            { type: "input_tag", id: "p1", text: "Mom", data: {}, interactive: false },
          ],
          attachments: [],
          quoted_text: "family first",
          inference_options: { tool_choice: null, model: null },
        },
      },
    });
    expect(answer.status).toBe(200);
    const userItem = answer.events[1]!.item;
    expect(userItem.content).toEqual([
      { type: "input_text", text: "> family first\n\nAdd a task to call Mom" },
    ]);
  });
});

describe("threads.add_user_message", () => {
  it("streams the same turn without thread.created, and the thread keeps its order", async () => {
    const threadId = await createThread(chatKit, "Add a task to water the plants");
    const answer = await chatKit({
      type: "threads.add_user_message",
      params: { thread_id: threadId, input: userInput("what's pending?") },
      metadata: {},
    });
    expect(answer.status).toBe(200);
    expect(eventShape(answer.events)).toEqual(["done:user_message", ...ADD_TURN]);
    expect(answer.events[0]!.item).toMatchObject({
      type: "user_message",
      thread_id: threadId,
      content: [{ type: "input_text", text: "what's pending?" }],
    });
    expect(answer.events[2]).toEqual({
      type: "progress_update",
      icon: "notebook",
      text: expect.any(String),
    });
    // The list is the summary card (a widget); the text gives the count (decision 019): the
    // tasks of this file's earlier tests are pending too.
    const pending = (await api("GET", "/api/tasks")).json.tasks.filter((t: any) => !t.completed);
    expect(pending.length).toBeGreaterThan(1);
    expect(streamedText(answer.events)).toMatch(new RegExp(`${pending.length} pending tasks`));
    expect(JSON.stringify(answer.events)).toMatch(/Water the plants/);

    const items = await chatKit({
      type: "items.list",
      params: { thread_id: threadId, order: "asc", limit: 20 },
    });
    expect(items.json.data.map((i: any) => i.type)).toEqual([
      ...TOOL_TURN_ITEMS,
      ...TOOL_TURN_ITEMS,
    ]);
  });

  it("refuses an empty message or an attachment before streaming (400, the contract's error shape)", async () => {
    const created = await chatKit({ type: "threads.create", params: { input: userInput("hi") } });
    const threadId = created.events[0]!.thread.id;
    const empty = await chatKit({
      type: "threads.add_user_message",
      params: { thread_id: threadId, input: userInput("   ") },
    });
    expect(empty.status).toBe(400);
    expect(empty.json).toEqual({
      error: {
        code: "VALIDATION_ERROR",
        message: expect.any(String),
        field: "params.input.content",
      },
    });
    const attached = await chatKit({
      type: "threads.add_user_message",
      params: { thread_id: threadId, input: { ...userInput("see file"), attachments: ["att_1"] } },
    });
    expect(attached.status).toBe(400);
    expect(attached.json.error.field).toBe("params.input.attachments");
    const messages = await api("GET", `/api/conversations/${threadId}/messages`);
    expect(messages.json.messages).toHaveLength(2);
  });
});

describe("threads.retry_after_item", () => {
  it("drops every item after the user message and answers it again", async () => {
    // A user of its own, so task numbers are known.
    const chatKit = chatKitAs(app.url, await signUp(app.url));
    const first = await chatKit({
      type: "threads.create",
      params: { input: userInput("Add a task to pay rent") },
    });
    const threadId = first.events[0]!.thread.id;
    const firstUserId = first.events[1]!.item.id;
    await chatKit({
      type: "threads.add_user_message",
      params: { thread_id: threadId, input: userInput("Add a task to book flights") },
    });

    const retry = await chatKit({
      type: "threads.retry_after_item",
      params: { thread_id: threadId, item_id: firstUserId },
      metadata: {},
    });
    expect(retry.status).toBe(200);
    expect(retry.contentType).toMatch(/^text\/event-stream/);
    expect(eventShape(retry.events)).toEqual(ADD_TURN);
    const answer = retry.events.at(-1)!.item;
    expectAssistantItem(answer, threadId, 'Added task #3: "Pay rent".');

    const items = await chatKit({
      type: "items.list",
      params: { thread_id: threadId, order: "asc" },
    });
    expect(items.json.data.map((i: any) => i.id)).toEqual([
      firstUserId,
      `${answer.id}:tools`,
      answer.id,
    ]);
  });

  it("answers only after a user message, and only in the user's own thread", async () => {
    const first = await chatKit({ type: "threads.create", params: { input: userInput("hello") } });
    const threadId = first.events[0]!.thread.id;
    const assistantId = first.events.at(-1)!.item.id;
    const notUser = await chatKit({
      type: "threads.retry_after_item",
      params: { thread_id: threadId, item_id: assistantId },
    });
    expect(notUser.status).toBe(400);
    expect(notUser.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "item_id" });
    const missing = await chatKit({
      type: "threads.retry_after_item",
      params: { thread_id: threadId, item_id: crypto.randomUUID() },
    });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe("NOT_FOUND");
  });
});

describe("errors", () => {
  it("answers malformed requests with 400 in the contract's shape, naming the field", async () => {
    const cases: [unknown, string | undefined][] = [
      ["{not json", undefined],
      [[], undefined],
      [{ type: "threads.nope", params: {} }, "type"],
      [{ type: "threads.create" }, "params"],
      [{ type: "threads.create", params: { input: { content: "hi" } } }, "params.input.content"],
      [{ type: "threads.list", params: { order: "sideways" } }, "params.order"],
      [{ type: "threads.list", params: { limit: 0 } }, "params.limit"],
      [{ type: "items.list", params: {} }, "params.thread_id"],
      [
        { type: "items.feedback", params: { thread_id: "x", item_ids: [], kind: "positive" } },
        "params.item_ids",
      ],
      [
        { type: "attachments.create", params: { name: "a", size: 1, mime_type: "text/plain" } },
        "type",
      ],
    ];
    for (const [body, field] of cases) {
      const answer = await chatKit(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.contentType).toMatch(/^application\/json/);
      expect(answer.json.error.code).toMatch(/^(INVALID_JSON|VALIDATION_ERROR)$/);
      expect(answer.json.error.message).toEqual(expect.any(String));
      if (field) expect(answer.json.error.field, JSON.stringify(body)).toBe(field);
    }
  });

  it("answers 401 without a session", async () => {
    const response = await fetch(`${app.url}/api/chatkit`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "threads.list", params: {} }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("UNAUTHORIZED");
  });
});
