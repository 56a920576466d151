import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, skipWithoutServer } from "../support/databases";
import { startServer, type RunningServer } from "../support/server";
import { apiAs, signUp, type TestUser } from "../support/users";

/**
 * Statelessness, proven: two `next start` instances share one Postgres database; a
 * conversation alternates between them turn by turn, and one is killed (SIGKILL) and
 * restarted mid-conversation. The history is complete and nothing is lost or doubled.
 */
describe.skipIf(skipWithoutServer("multi-instance"))("two instances, one database", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const servers: RunningServer[] = [];
  let user: TestUser;
  // A model time limit shorter than the default keeps the lease of a turn that died with its
  // server short (10 s + margin), yet long enough that no turn on a machine busy with other
  // jobs runs into it (at 1 s, the first turn now and then timed out with a 503).
  const INSTANCE_ENV = () => ({ DATABASE_URL: database.url, AI_TIMEOUT_MS: "10000" });

  beforeAll(async () => {
    database = await createTestDatabase();
    // Started one after the other and at once would both be fine (migrations queue on a lock).
    servers.push(...(await Promise.all([0, 1].map(() => startServer(INSTANCE_ENV())))));
    user = await signUp(servers[0]!.url);
    // One unchecked turn each, in conversations of their own: a server's first turn loads
    // the agent's code, which is slow on a busy machine.
    await Promise.all(
      servers.map((server) =>
        apiAs(server.url, user)("POST", `/api/${user.id}/chat`, { message: "hi" }),
      ),
    );
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.drop();
  });

  async function turn(on: RunningServer, conversation: string | undefined, i: number) {
    return apiAs(on.url, user)("POST", `/api/${user.id}/chat`, {
      conversation_id: conversation,
      message: `Add a task to step ${i}`,
      client_message_id: `step-${i}`,
    });
  }

  it("keeps one complete history across instances, a crash and a restart", async () => {
    const first = await turn(servers[0]!, undefined, 1);
    expect(first.status).toBe(200);
    const conversation = first.json.conversation_id as string;
    for (let i = 2; i <= 6; i++) {
      const answer = await turn(servers[i % 2]!, conversation, i);
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json.response).toContain(`"Step ${i}"`);
    }

    // Kill instance 0 while a turn is in flight; the client retries on instance 1.
    const victim = servers[0]!;
    const inFlight = turn(victim, conversation, 7).catch(() => undefined);
    process.kill(victim.pid, "SIGKILL");
    await inFlight;
    const retried = await turn(servers[1]!, conversation, 7);
    expect(retried.status, retried.text).toBe(200);

    // Restart it on the same port; the conversation goes on there.
    servers[0] = await startServer({ DATABASE_URL: database.url }, victim.port);
    for (let i = 8; i <= 10; i++) {
      const answer = await turn(servers[i % 2]!, conversation, i);
      expect(answer.status, answer.text).toBe(200);
    }

    for (const server of servers) {
      const page = await apiAs(server.url, user)(
        "GET",
        `/api/conversations/${conversation}/messages`,
      );
      const messages = page.json.messages as { role: string; content: string }[];
      expect(messages.map((m) => m.role)).toEqual(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? "assistant" : "user")),
      );
      expect(messages.filter((m) => m.role === "user").map((m) => m.content)).toEqual(
        Array.from({ length: 10 }, (_, i) => `Add a task to step ${i + 1}`),
      );
      const tasks = (await apiAs(server.url, user)("GET", "/api/tasks")).json.tasks;
      expect(tasks.map((t: { id: number; title: string }) => `${t.id} ${t.title}`)).toEqual(
        Array.from({ length: 10 }, (_, i) => `${i + 1} Step ${i + 1}`),
      );
    }
  });
});

describe.skipIf(skipWithoutServer("multi-instance quota"))(
  "the chat quota across instances",
  () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let servers: RunningServer[] = [];

    beforeAll(async () => {
      database = await createTestDatabase();
      servers = await Promise.all(
        [0, 1].map(() => startServer({ DATABASE_URL: database.url, CHAT_QUOTA_PER_HOUR: "2" })),
      );
    });

    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await database?.drop();
    });

    it("counts a user's messages on every instance together", async () => {
      const user = await signUp(servers[0]!.url);
      const on = (i: number) => apiAs(servers[i]!.url, user);
      expect((await on(0)("POST", `/api/${user.id}/chat`, { message: "hi" })).status).toBe(200);
      expect((await on(1)("POST", `/api/${user.id}/chat`, { message: "hi" })).status).toBe(200);
      for (const i of [0, 1]) {
        const refused = await on(i)("POST", `/api/${user.id}/chat`, { message: "hi" });
        expect(refused.status).toBe(429);
        expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      }
    });
  },
);
