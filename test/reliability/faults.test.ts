import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, skipWithoutServer, TEST_DATABASE_URL } from "../support/databases";
import { startFakeOpenAI, type FakeOpenAI, type FakeReply } from "../support/fake-openai";
import { startServer, type RunningServer } from "../support/server";
import { startTcpProxy, viaProxy, type TcpProxy } from "../support/tcp-proxy";
import { uiStreamText } from "../support/ui-stream";
import { apiAs, signUp, type TestUser } from "../support/users";

/**
 * Faults: the database vanishing (a TCP proxy between the app and the Postgres
 * server is cut; the server itself is never touched) and the model failing or
 * hanging (a fake OpenAI server). Each must be a clear 503, leave no half-written
 * turn, and heal by itself.
 */
describe.skipIf(skipWithoutServer("faults"))("faults", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: TcpProxy;
  let model: FakeOpenAI;
  let server: RunningServer;
  let user: TestUser;
  let api: ReturnType<typeof apiAs>;
  let next: (request: { messages: { role: string }[] }) => FakeReply | Promise<FakeReply>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(TEST_DATABASE_URL!);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    model = await startFakeOpenAI();
    model.respond = (request) => next(request.body);
    server = await startServer({
      DATABASE_URL: viaProxy(database.url, proxy),
      OPENAI_API_KEY: "sk-fake-key-for-tests",
      OPENAI_BASE_URL: model.url,
      AI_MODEL: "fake",
      AI_TIMEOUT_MS: "1500",
    });
    user = await signUp(server.url);
    api = apiAs(server.url, user);
  });

  afterAll(async () => {
    await server?.stop();
    await model?.stop();
    await proxy?.close();
    await database?.drop();
  });

  /** Adds a task named `title` when asked, then says "done". */
  const addTask = (title: string) => (request: { messages: { role: string }[] }) =>
    request.messages.at(-1)?.role === "tool"
      ? { text: `Added ${title}` }
      : { toolCalls: [{ name: "add_task", arguments: { title } }] };

  async function messagesOf(conversationId: string) {
    const page = await api("GET", `/api/conversations/${conversationId}/messages`);
    return page.json.messages as { role: string; content: string; status: string }[];
  }

  async function lastConversation(): Promise<string> {
    return (await api("GET", "/api/conversations")).json.conversations[0].id;
  }

  it("answers 503 while the database is gone, and recovers by itself when it returns", async () => {
    next = addTask("before the outage");
    const first = await api("POST", `/api/${user.id}/chat`, { message: "Add before the outage" });
    expect(first.status).toBe(200);

    proxy.cut();
    try {
      for (const [method, path, body] of [
        ["GET", "/api/tasks", undefined],
        ["POST", "/api/tasks", { title: "during" }],
        [
          "POST",
          `/api/${user.id}/chat`,
          { message: "Add during", conversation_id: first.json.conversation_id },
        ],
      ] as const) {
        const response = await api(method, path, body);
        expect(response.status, response.text).toBe(503);
        expect(response.json.error.code).toBe("DATABASE_UNAVAILABLE");
        expect(response.json.error.message).toMatch(/database is unavailable/i);
        expect(response.text).not.toMatch(/\n\s+at |ECONNREFUSED|127\.0\.0\.1/);
      }
    } finally {
      proxy.restore();
    }

    const after = await api("POST", `/api/${user.id}/chat`, {
      message: "Add after the outage",
      conversation_id: first.json.conversation_id,
    });
    expect(after.status, after.text).toBe(200);
    expect(server.output()).not.toMatch(/uncaughtException|unhandledRejection/i);
  });

  it("leaves no half-written turn when the database goes during the model's answer; a retry completes it", async () => {
    const conversation = (
      await api("POST", `/api/${user.id}/chat`, { message: "hello" }).then((r) => r.json)
    ).conversation_id as string;
    const tasksBefore = (await api("GET", "/api/tasks")).json.tasks.length;

    let release!: () => void;
    const modelAsked = new Promise<void>((resolve) => {
      next = async (request) => {
        resolve();
        await new Promise<void>((r) => (release = r));
        return addTask("mid-outage")(request);
      };
    });
    const turn = api("POST", `/api/${user.id}/chat`, {
      conversation_id: conversation,
      message: "Add a task mid-outage",
      client_message_id: "outage-1",
    });
    await modelAsked;
    proxy.cut();
    release();
    const failed = await turn;
    proxy.restore();
    expect(failed.status, failed.text).toBe(503);
    expect(failed.json.error.code).toMatch(/DATABASE_UNAVAILABLE|MODEL_UNAVAILABLE/);

    // The user message was stored before the outage; no answer and no task were.
    const stored = await messagesOf(conversation);
    expect(stored.filter((m) => m.content === "Add a task mid-outage")).toHaveLength(1);
    expect(stored.at(-1)).toMatchObject({ role: "user", content: "Add a task mid-outage" });
    expect((await api("GET", "/api/tasks")).json.tasks.length).toBe(tasksBefore);

    next = addTask("mid-outage");
    const retried = await api("POST", `/api/${user.id}/chat`, {
      conversation_id: conversation,
      message: "Add a task mid-outage",
      client_message_id: "outage-1",
    });
    expect(retried.status, retried.text).toBe(200);
    const healed = await messagesOf(conversation);
    expect(healed.filter((m) => m.content === "Add a task mid-outage")).toHaveLength(1);
    expect(healed.at(-1)).toMatchObject({ role: "assistant", content: "Added mid-outage" });
    expect((await api("GET", "/api/tasks")).json.tasks.length).toBe(tasksBefore + 1);
  });

  it.each([
    { name: "fails", reply: { status: 500 } as FakeReply },
    { name: "times out", reply: { hang: true } as FakeReply },
  ])("answers 503 when the model $name, keeps the message, and Retry works", async ({ reply }) => {
    next = () => reply;
    const id = `model-${Math.random().toString(36).slice(2)}`;
    const failed = await api("POST", `/api/${user.id}/chat`, {
      message: "Add a task to water plants",
      client_message_id: id,
    });
    expect(failed.status, failed.text).toBe(503);
    expect(failed.json.error.code).toBe("MODEL_UNAVAILABLE");
    expect(failed.json.error.message).toMatch(/Your message was saved/);
    const kept = await messagesOf(failed.json.conversation_id ?? (await lastConversation()));
    expect(kept).toMatchObject([
      { role: "user", content: "Add a task to water plants", status: "interrupted" },
    ]);

    next = addTask("Water plants");
    const retried = await api("POST", `/api/${user.id}/chat`, {
      message: "Add a task to water plants",
      client_message_id: id,
    });
    expect(retried.status, retried.text).toBe(200);
    expect(retried.json.response).toBe("Added Water plants");
    // The retry continued the conversation the failed try started: one user message, one answer.
    expect((await messagesOf(retried.json.conversation_id)).map((m) => m.role)).toEqual([
      "user",
      "assistant",
    ]);
  });

  it("keeps the message of a streamed turn whose model fails, and a streamed Retry answers it once", async () => {
    next = () => ({ status: 500 });
    const body = { message: "Add a task to fix bike", client_message_id: "stream-fail-1" };
    const failed = await api("POST", "/api/chat", body);
    expect(failed.text).toMatch(/"type":"(error|abort)"/);
    const conversation = await lastConversation();
    expect(await messagesOf(conversation)).toMatchObject([
      { role: "user", content: "Add a task to fix bike", status: "interrupted" },
    ]);

    next = addTask("Fix bike");
    const retried = await api("POST", "/api/chat", { ...body, conversation_id: conversation });
    expect(retried.status).toBe(200);
    expect(uiStreamText(retried.text)).toBe("Added Fix bike");
    expect((await messagesOf(conversation)).map((m) => `${m.role} ${m.status}`)).toEqual([
      "user complete",
      "assistant complete",
    ]);
  });
});
