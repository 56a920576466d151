import { beforeAll, describe, expect, it } from "vitest";
import { apiAs, signUp, type TestUser } from "../support/users";
import { suiteApp } from "../support/app-server";

/** A retried chat request (same client_message_id) stores one message and one answer, and returns the first answer. */
describe("exactly-once chat turns", () => {
  const server = suiteApp({ lane: "pglite" });
  let user: TestUser;
  let api: ReturnType<typeof apiAs>;

  beforeAll(async () => {
    user = await signUp(server.url);
    api = apiAs(server.url, user);
  });

  const chat = (body: Record<string, string>) => api("POST", `/api/${user.id}/chat`, body);

  /** A new conversation opened with a first message; its id. */
  async function newConversation() {
    return (await chat({ message: "What's pending?" })).json.conversation_id as string;
  }

  async function roles(conversation: string) {
    const page = await api("GET", `/api/conversations/${conversation}/messages`);
    return page.json.messages.map(
      (m: { role: string; content: string }) => `${m.role}: ${m.content}`,
    );
  }

  async function taskTitles() {
    return (await api("GET", "/api/tasks")).json.tasks.map((t: { title: string }) => t.title);
  }

  it("replays a retried first message without a second conversation or task", async () => {
    const body = { message: "Add a task to renew passport", client_message_id: "first-1" };
    const first = await chat(body);
    const again = await chat(body);
    const streamed = await api("POST", "/api/chat", body);
    expect(first.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(streamed.status).toBe(200);
    expect(streamed.text).toContain(JSON.stringify(first.json.response).slice(1, -1));
    expect((await api("GET", "/api/conversations")).json.conversations).toHaveLength(1);
    expect(await roles(first.json.conversation_id)).toEqual([
      "user: Add a task to renew passport",
      `assistant: ${first.json.response}`,
    ]);
    expect(await taskTitles()).toEqual(["Renew passport"]);
  });

  it("replays a retried turn in a conversation, even after later turns", async () => {
    const conversation = await newConversation();
    const body = {
      conversation_id: conversation,
      message: "Add a task to book dentist",
      client_message_id: "later-1",
    };
    const first = await chat(body);
    await chat({
      conversation_id: conversation,
      message: "Add a task to walk dog",
    });
    const again = await chat(body);
    expect(again.json).toEqual(first.json);
    expect((await roles(conversation)).filter((r: string) => /book dentist/i.test(r))).toHaveLength(
      2,
    );
    expect((await taskTitles()).filter((t: string) => t === "Book dentist")).toHaveLength(1);
  });

  it("runs a turn sent twice at once only once", async () => {
    const conversation = await newConversation();
    const body = {
      conversation_id: conversation,
      message: "Add a task to pay rent",
      client_message_id: "double-1",
    };
    const [one, two] = await Promise.all([chat(body), chat(body)]);
    expect(one.status).toBe(200);
    expect(two.status).toBe(200);
    expect(two.json).toEqual(one.json);
    expect((await taskTitles()).filter((t: string) => t === "Pay rent")).toHaveLength(1);
    expect((await roles(conversation)).slice(2)).toEqual([
      "user: Add a task to pay rent",
      `assistant: ${one.json.response}`,
    ]);
  });
});
