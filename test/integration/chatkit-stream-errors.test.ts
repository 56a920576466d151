import { beforeAll, describe, expect, it } from "vitest";
import { suiteAppOnFakeOpenAI } from "../support/app-server";
import { chatKitAs, eventShape, userInput } from "../support/chatkit";
import { apiAs, signUp } from "../support/users";

// Once a stream has started, a failure is the protocol's `error` event, not an HTTP
// error. The model here is a local stand-in for OpenAI that answers every call with 500.

const { app, model: failingModel } = suiteAppOnFakeOpenAI();
beforeAll(() => {
  failingModel.respond = () => ({ status: 500, message: "boom" });
});

describe("a model failure inside a stream", () => {
  it("ends the stream with an error event that allows a retry, keeping the user message", async () => {
    const user = await signUp(app.url);
    const chatKit = chatKitAs(app.url, user);
    const answer = await chatKit({
      type: "threads.create",
      params: { input: userInput("Add a task to fix the bike") },
    });
    expect(answer.status).toBe(200);
    expect(eventShape(answer.events)).toEqual([
      "thread.created",
      "done:user_message",
      "stream_options",
      "error",
    ]);
    expect(answer.events.at(-1)).toEqual({
      type: "error",
      code: "custom",
      message: expect.stringMatching(/assistant is unavailable/),
      allow_retry: true,
    });
    expect(answer.text).not.toMatch(/boom|sk-test|stack/i);
    // The failure came from the model, not from a request that never reached it.
    expect(failingModel.requests.length).toBeGreaterThan(0);

    const threadId = answer.events[0]!.thread.id;
    const messages = await apiAs(app.url, user)("GET", `/api/conversations/${threadId}/messages`);
    expect(messages.json.messages.map((m: any) => [m.role, m.content])).toEqual([
      ["user", "Add a task to fix the bike"],
    ]);

    // The component's retry button: the same failure, told the same way.
    const retry = await chatKit({
      type: "threads.retry_after_item",
      params: { thread_id: threadId, item_id: answer.events[1]!.item.id },
    });
    expect(eventShape(retry.events)).toEqual(["stream_options", "error"]);
  });
});
