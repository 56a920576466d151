import { beforeAll, describe, expect, it } from "vitest";
import { suiteApp } from "../support/app-server";
import {
  createThread,
  signUpWithChatKit,
  streamedText,
  TOOL_TURN_ITEMS,
  userInput,
  type ChatKitClient,
} from "../support/chatkit";
import { createdResult } from "../support/task-json";
import type { TestUser } from "../support/users";

// One store, two doors: a conversation can be carried on alternately through the
// ChatKit protocol and our own API (what the built-in UI uses).

let user: TestUser;
let chatKit: ChatKitClient["chatKit"];
let api: ChatKitClient["api"];

const app = suiteApp();
beforeAll(async () => {
  ({ user, chatKit, api } = await signUpWithChatKit(app.url));
});

describe("ChatKit and our own API share conversations", () => {
  it("a thread created through ChatKit is a conversation our UI lists, reads and continues", async () => {
    const threadId = await createThread(chatKit, "Add a task to renew the passport");

    const list = await api("GET", "/api/conversations");
    expect(list.json.conversations[0]).toMatchObject({
      id: threadId,
      // Named after the task it added, not the first words typed (topic titles).
      title: "Renew the passport",
    });
    const messages = await api("GET", `/api/conversations/${threadId}/messages`);
    expect(messages.json.messages).toEqual([
      expect.objectContaining({ role: "user", content: "Add a task to renew the passport" }),
      expect.objectContaining({
        role: "assistant",
        content: 'Added task #1: "Renew the passport".',
        tool_calls: [
          {
            name: "add_task",
            arguments: { title: "Renew the passport" },
            result: createdResult(1, "Renew the passport"),
          },
        ],
      }),
    ]);

    // Continued through our JSON chat endpoint, then read back through ChatKit.
    const reply = await api("POST", `/api/${user.id}/chat`, {
      conversation_id: threadId,
      message: "complete task 1",
    });
    expect(reply.status).toBe(200);
    const thread = await chatKit({ type: "threads.get_by_id", params: { thread_id: threadId } });
    expect(thread.json.items.data.map((i: any) => i.type)).toEqual([
      ...TOOL_TURN_ITEMS,
      ...TOOL_TURN_ITEMS,
    ]);
    expect(thread.json.items.data[3].content).toEqual([
      { type: "input_text", text: "complete task 1" },
    ]);
    expect(thread.json.items.data[5].content[0].text).toBe(reply.json.response);
  });

  it("a conversation started through our API is readable and continuable through ChatKit", async () => {
    const started = await api("POST", `/api/${user.id}/chat`, {
      message: "Add a task to water the garden",
    });
    const conversationId = started.json.conversation_id;

    const thread = await chatKit({
      type: "threads.get_by_id",
      params: { thread_id: conversationId },
    });
    expect(thread.status).toBe(200);
    expect(thread.json.title).toBe("Water the garden");
    const stored = (await api("GET", `/api/conversations/${conversationId}/messages`)).json
      .messages;
    expect(thread.json.items.data.map((i: any) => i.id)).toEqual([
      stored[0].id,
      `${stored[1].id}:tools`,
      stored[1].id,
    ]);
    expect(thread.json.items.data[2].content[0].text).toBe(started.json.response);

    const more = await chatKit({
      type: "threads.add_user_message",
      params: { thread_id: conversationId, input: userInput("mark it done") },
    });
    expect(more.status).toBe(200);
    // The model saw the history written through the other door: "it" is the task added there.
    expect(streamedText(more.events)).toMatch(/Water the garden/);
    const after = (await api("GET", `/api/conversations/${conversationId}/messages`)).json.messages;
    expect(after.map((m: any) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(after[3].id).toBe(more.events.at(-1)!.item.id);
    expect(after[3].content).toBe(streamedText(more.events));
  });
});
