import { describe, expect, it } from "vitest";
import { apiAs, signUp } from "../support/users";
import { suiteApp } from "../support/app-server";

const QUOTA = 3;

describe("chat quota (CHAT_QUOTA_PER_HOUR)", () => {
  const server = suiteApp({ lane: "pglite", env: { CHAT_QUOTA_PER_HOUR: String(QUOTA) } });

  async function storedUserMessages(api: ReturnType<typeof apiAs>): Promise<number> {
    const { json } = await api("GET", "/api/conversations");
    let count = 0;
    for (const conversation of json.conversations) {
      const page = await api("GET", `/api/conversations/${conversation.id}/messages`);
      count += page.json.messages.filter((m: { role: string }) => m.role === "user").length;
    }
    return count;
  }

  it("answers 429 with Retry-After once a user's hourly messages are used up, on both endpoints", async () => {
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    const first = await api("POST", `/api/${user.id}/chat`, {
      message: "Add a task to buy milk",
      client_message_id: "quota-1",
    });
    expect(first.status).toBe(200);
    const conversation = first.json.conversation_id;
    for (let i = 2; i <= QUOTA; i++) {
      const turn = await api("POST", `/api/${user.id}/chat`, {
        conversation_id: conversation,
        message: "What's pending?",
      });
      expect(turn.status).toBe(200);
    }

    const refused = await api("POST", `/api/${user.id}/chat`, {
      conversation_id: conversation,
      message: "Add a task to call mom",
    });
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe("RATE_LIMITED");
    expect(refused.json.error.message).toMatch(/3 messages in the last hour/);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3600);

    // The streaming endpoint and a brand-new conversation are counted alike.
    const streamed = await api("POST", "/api/chat", { message: "Add a task to call mom" });
    expect(streamed.status).toBe(429);
    expect(streamed.json.error.code).toBe("RATE_LIMITED");
    expect(streamed.headers.get("retry-after")).toMatch(/^\d+$/);

    // Nothing was stored by the refused turns.
    expect(await storedUserMessages(api)).toBe(QUOTA);
    const tasks = await api("GET", "/api/tasks");
    expect(tasks.json.tasks.map((t: { title: string }) => t.title)).toEqual(["Buy milk"]);
  });

  it("replays an already-answered retry instead of counting it", async () => {
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    const answers = [];
    for (let i = 1; i <= QUOTA; i++) {
      const turn = await api("POST", `/api/${user.id}/chat`, {
        message: `Add a task to item ${i}`,
        client_message_id: `retry-${i}`,
      });
      expect(turn.status).toBe(200);
      answers.push(turn.json);
    }
    const retried = await api("POST", `/api/${user.id}/chat`, {
      message: `Add a task to item ${QUOTA}`,
      client_message_id: `retry-${QUOTA}`,
    });
    expect(retried.status).toBe(200);
    expect(retried.json).toEqual(answers.at(-1));
    const retriedInConversation = await api("POST", `/api/${user.id}/chat`, {
      conversation_id: answers[0].conversation_id,
      message: "Add a task to item 1",
      client_message_id: "retry-1",
    });
    expect(retriedInConversation.status).toBe(200);
    expect(retriedInConversation.json).toEqual(answers[0]);
    expect(await storedUserMessages(api)).toBe(QUOTA);
  });

  it("keeps counting after the conversations are deleted", async () => {
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    for (let i = 1; i <= QUOTA; i++) {
      const turn = await api("POST", `/api/${user.id}/chat`, {
        message: `Add a task to item ${i}`,
      });
      expect(turn.status).toBe(200);
      const deleted = await api("DELETE", `/api/conversations/${turn.json.conversation_id}`);
      expect(deleted.status).toBe(204);
    }
    expect(await storedUserMessages(api)).toBe(0);
    const refused = await api("POST", `/api/${user.id}/chat`, { message: "What's pending?" });
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe("RATE_LIMITED");
    const streamed = await api("POST", "/api/chat", { message: "What's pending?" });
    expect(streamed.status).toBe(429);
  });

  it("counts per user: another user can still chat", async () => {
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    const turn = await api("POST", `/api/${user.id}/chat`, { message: "What's pending?" });
    expect(turn.status).toBe(200);
  });
});
