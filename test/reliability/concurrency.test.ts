import { describe, expect, it } from "vitest";
import { suiteApp } from "../support/app-server";
import { skipWithoutServer } from "../support/databases";
import { apiAs, signUp } from "../support/users";

/**
 * Many turns at once against the Postgres server: every message stored once and in
 * order, per-user task numbers unique and gap-free, no deadlock, never a 500.
 */
/**
 * One chat request sent five times at once: every answer is 200 and the same one. The
 * titles of the user's tasks afterwards.
 */
async function sendFiveTimesAtOnce(
  api: ReturnType<typeof apiAs>,
  userId: string,
  body: Record<string, unknown>,
): Promise<string[]> {
  const answers = await Promise.all(
    Array.from({ length: 5 }, () => api("POST", `/api/${userId}/chat`, body)),
  );
  for (const answer of answers) {
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json).toEqual(answers[0]!.json);
  }
  const tasks = (await api("GET", "/api/tasks")).json.tasks as { title: string }[];
  return tasks.map((t) => t.title);
}

describe.skipIf(skipWithoutServer("concurrency"))("concurrency on the Postgres server", () => {
  const server = suiteApp({ lane: "pg" });

  it("takes 20 simultaneous turns in one conversation", async () => {
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    const first = await api("POST", `/api/${user.id}/chat`, { message: "What's pending?" });
    const conversation = first.json.conversation_id as string;

    const turns = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api("POST", `/api/${user.id}/chat`, {
          conversation_id: conversation,
          message: `Add a task to item ${i + 1}`,
          client_message_id: `turn-${i + 1}`,
        }),
      ),
    );
    for (const turn of turns) expect(turn.status, turn.text).toBe(200);

    const page = await api("GET", `/api/conversations/${conversation}/messages?limit=200`);
    const messages = page.json.messages as { role: string; content: string; created_at: string }[];
    expect(messages).toHaveLength(2 + 40);
    for (let i = 1; i <= 20; i++) {
      const asked = messages.findIndex(
        (m) => m.role === "user" && m.content === `Add a task to item ${i}`,
      );
      const answered = messages.findIndex(
        (m) => m.role === "assistant" && m.content.includes(`"Item ${i}"`),
      );
      expect(messages.filter((m) => m.content === `Add a task to item ${i}`)).toHaveLength(1);
      expect(asked).toBeGreaterThan(0);
      expect(answered, `answer to item ${i}`).toBeGreaterThan(asked);
    }
    const tasks = (await api("GET", "/api/tasks")).json.tasks as { id: number; title: string }[];
    expect(tasks.map((t) => t.id)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(tasks.map((t) => t.title)).size).toBe(20);
  });

  it("runs a turn sent five times at once (same client_message_id) only once", async () => {
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    const start = await api("POST", `/api/${user.id}/chat`, { message: "What's pending?" });
    const body = {
      conversation_id: start.json.conversation_id,
      message: "Add a task to pay rent",
      client_message_id: "same-turn",
    };
    expect(await sendFiveTimesAtOnce(api, user.id, body)).toEqual(["Pay rent"]);
    const page = await api("GET", `/api/conversations/${start.json.conversation_id}/messages`);
    expect(page.json.messages.map((m: { role: string }) => m.role)).toEqual([
      "user",
      "assistant",
      "user",
      "assistant",
    ]);
  });

  it("runs a first message sent five times at once (no conversation yet) once, in one conversation", async () => {
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    const body = { message: "Add a task to water the plants", client_message_id: "first-turn" };
    expect(await sendFiveTimesAtOnce(api, user.id, body)).toEqual(["Water the plants"]);
    const conversations = (await api("GET", "/api/conversations")).json.conversations;
    expect(conversations).toHaveLength(1);
    const page = await api("GET", `/api/conversations/${conversations[0].id}/messages`);
    expect(page.json.messages.map((m: { role: string }) => m.role)).toEqual(["user", "assistant"]);
  });

  it("serves 50 users chatting at once, each with their own gap-free numbers", async () => {
    const users = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signUp(server.url, `U${i}`)),
    );
    const results = await Promise.all(
      users.map(async (user, u) => {
        const api = apiAs(server.url, user);
        const statuses: number[] = [];
        let conversation: string | undefined;
        for (let i = 1; i <= 3; i++) {
          const turn = await api("POST", `/api/${user.id}/chat`, {
            conversation_id: conversation,
            // Not "user N …": a message naming another user is refused (their tasks are theirs alone).
            message: `Add a task to pack box ${i} of set ${u}`,
          });
          statuses.push(turn.status);
          conversation = turn.json?.conversation_id;
        }
        return { api, statuses, conversation: conversation!, u };
      }),
    );
    for (const { api, statuses, conversation, u } of results) {
      expect(statuses).toEqual([200, 200, 200]);
      const tasks = (await api("GET", "/api/tasks")).json.tasks as { id: number; title: string }[];
      expect(tasks.map((t) => `${t.id} ${t.title}`)).toEqual([
        `1 Pack box 1 of set ${u}`,
        `2 Pack box 2 of set ${u}`,
        `3 Pack box 3 of set ${u}`,
      ]);
      const page = await api("GET", `/api/conversations/${conversation}/messages`);
      expect(page.json.messages.map((m: { role: string }) => m.role)).toEqual([
        "user",
        "assistant",
        "user",
        "assistant",
        "user",
        "assistant",
      ]);
    }
    expect(server.output()).not.toMatch(/deadlock|uncaughtException/i);
  });
});
