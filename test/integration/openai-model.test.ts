import { beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_PROMPT } from "@/lib/agent/system-prompt";
import { suiteAppOnFakeOpenAI } from "../support/app-server";
import type { ChatRequest, FakeReply } from "../support/fake-openai";
import { createdResult, plainTaskRest, TASK_TOOL_NAMES } from "../support/task-json";
import { uiStreamText } from "../support/ui-stream";
import { apiAs, signUp, type TestUser } from "../support/users";

// The OpenAI path of the production server, against a local server that speaks
// OpenAI's Chat Completions wire format: no internet, and every byte checked.

const { app: server, model: fake } = suiteAppOnFakeOpenAI({
  lane: "pglite",
  env: { OPENAI_API_KEY: "test", AI_MODEL: "gpt-fake", AI_TIMEOUT_MS: "1500" },
});
let user: TestUser;
let api: ReturnType<typeof apiAs>;

beforeEach(async () => {
  fake.requests.length = 0;
  fake.respond = () => ({ text: "OK" });
  user = await signUp(server.url);
  api = apiAs(server.url, user);
});

const hasToolResult = (request: ChatRequest) =>
  request.body.messages.some((m) => m.role === "tool");

/** The model calls this tool, then answers `after` once it has the result. */
const callThen =
  (name: string, args: Record<string, unknown>, after: FakeReply) =>
  (request: ChatRequest): FakeReply =>
    hasToolResult(request) ? after : { toolCalls: [{ name, arguments: args }] };

describe("provider wiring", () => {
  it("sends the system prompt, the user's message and our tools with their JSON schemas", async () => {
    fake.respond = () => ({ text: "Hello! How can I help with your tasks?" });
    const answer = await api("POST", `/api/${user.id}/chat`, { message: "hi" });
    expect(answer.status).toBe(200);
    expect(answer.json.response).toBe("Hello! How can I help with your tasks?");
    expect(answer.json.tool_calls).toEqual([]);

    const [request] = fake.requests;
    expect(request!.headers.authorization).toBe("Bearer test");
    expect(request!.body.model).toBe("gpt-fake");
    const system = request!.body.messages[0]!;
    expect(system.role).toBe("system");
    // The rules, then the user's now: date, weekday, time and time zone (UTC by default).
    expect(String(system.content).startsWith(SYSTEM_PROMPT)).toBe(true);
    expect(String(system.content)).toMatch(
      /Today is \w+day \d{4}-\d\d-\d\d; the time is \d\d:\d\d; the user's time zone is UTC\./,
    );
    expect(request!.body.messages.at(-1)).toEqual({ role: "user", content: "hi" });
    const tools = Object.fromEntries(
      request!.body.tools!.map((t) => [t.function.name, t.function]),
    );
    expect(Object.keys(tools).sort()).toEqual([...TASK_TOOL_NAMES].sort());
    expect(tools.add_task!.parameters).toMatchObject({
      type: "object",
      properties: { title: { type: "string" }, description: { type: "string" } },
      required: ["title"],
    });
    expect(tools.complete_task!.parameters.properties.task_id.type).toBe("integer");
    expect(tools.list_tasks!.parameters.properties.status.enum).toEqual([
      "all",
      "pending",
      "completed",
    ]);
    for (const tool of Object.values(tools)) {
      expect(tool.description!.length).toBeGreaterThan(20);
      expect(JSON.stringify(tool.parameters)).not.toMatch(/user_?id/i);
    }
  });
});

describe("a multi-step tool turn", () => {
  it("runs the model's tool call, sends the result back and stores the final answer", async () => {
    fake.respond = callThen(
      "add_task",
      { title: "Buy milk" },
      { text: 'Added task #1: "Buy milk".' },
    );
    const answer = await api("POST", `/api/${user.id}/chat`, { message: "add buy milk" });
    expect(answer.status).toBe(200);
    expect(answer.json.response).toBe('Added task #1: "Buy milk".');
    expect(answer.json.tool_calls).toEqual([
      {
        name: "add_task",
        arguments: { title: "Buy milk" },
        result: createdResult(1, "Buy milk"),
      },
    ]);

    expect(fake.requests).toHaveLength(2);
    const followUp = fake.requests[1]!.body.messages;
    const assistant = followUp.find((m) => m.role === "assistant")!;
    expect(assistant.tool_calls).toHaveLength(1);
    const toolMessage = followUp.find((m) => m.role === "tool")!;
    expect(JSON.parse(String(toolMessage.content))).toEqual({
      task_id: 1,
      status: "created",
      title: "Buy milk",
      ...plainTaskRest(),
    });

    const tasks = await api("GET", "/api/tasks");
    expect(tasks.json.tasks.map((t: any) => t.title)).toEqual(["Buy milk"]);
    const messages = await api("GET", `/api/conversations/${answer.json.conversation_id}/messages`);
    expect(messages.json.messages.map((m: any) => [m.role, m.content])).toEqual([
      ["user", "add buy milk"],
      ["assistant", 'Added task #1: "Buy milk".'],
    ]);
    expect(messages.json.messages[1].tool_calls[0].name).toBe("add_task");
  });

  it("gives the model the stored history, tool calls included, on the next request", async () => {
    fake.respond = callThen("add_task", { title: "Call mom" }, { text: "Done." });
    const first = await api("POST", `/api/${user.id}/chat`, { message: "add call mom" });
    fake.requests.length = 0;
    fake.respond = () => ({ text: "You added #1 Call mom." });
    await api("POST", `/api/${user.id}/chat`, {
      message: "what did I just add?",
      conversation_id: first.json.conversation_id,
    });
    const history = fake.requests[0]!.body.messages;
    expect(history.map((m) => m.role)).toEqual([
      "system",
      "user",
      "assistant",
      "tool",
      "assistant",
      "user",
    ]);
    expect(JSON.stringify(history)).toContain('\\"task_id\\":1');
  });
});

describe("streamed tool calls through POST /api/chat", () => {
  it("assembles streamed tool-call pieces, runs the tool and streams the answer", async () => {
    fake.respond = callThen(
      "add_task",
      { title: "Call the bank" },
      { text: 'Added task #1: "Call the bank".' },
    );
    const response = await fetch(`${server.url}/api/chat`, {
      method: "POST",
      headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
      body: JSON.stringify({ message: "add call the bank" }),
    });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(fake.requests.every((r) => r.body.stream === true)).toBe(true);
    expect(body).toContain('"type":"tool-output-available"');
    expect(body).toContain('"status":"created"');
    expect(uiStreamText(body)).toBe('Added task #1: "Call the bank".');

    const tasks = await api("GET", "/api/tasks");
    expect(tasks.json.tasks.map((t: any) => t.title)).toEqual(["Call the bank"]);
    const conversations = await api("GET", "/api/conversations");
    const messages = await api(
      "GET",
      `/api/conversations/${conversations.json.conversations[0].id}/messages`,
    );
    const answer = messages.json.messages.at(-1);
    expect(answer.content).toBe('Added task #1: "Call the bank".');
    expect(answer.tool_calls).toEqual([
      {
        name: "add_task",
        arguments: { title: "Call the bank" },
        result: createdResult(1, "Call the bank"),
      },
    ]);
  });
});

describe("model failures answer 503 MODEL_UNAVAILABLE and keep the user's message", () => {
  async function expectUnavailable(message: string, reason: RegExp) {
    const answer = await api("POST", `/api/${user.id}/chat`, { message });
    expect(answer.status).toBe(503);
    expect(answer.json.error.code).toBe("MODEL_UNAVAILABLE");
    expect(answer.json.error.message).toMatch(reason);
    expect(answer.json.error.message).toMatch(/your message was saved/i);
    expect(answer.text).not.toMatch(/at \w+ \(|Incorrect API key|stack/);
    const conversations = await api("GET", "/api/conversations");
    expect(conversations.json.conversations).toHaveLength(1);
    const messages = await api(
      "GET",
      `/api/conversations/${conversations.json.conversations[0].id}/messages`,
    );
    expect(messages.json.messages.map((m: any) => [m.role, m.content])).toEqual([
      ["user", message],
    ]);
    expect((await api("GET", "/api/tasks")).json.tasks).toEqual([]);
  }

  it("401 from the provider: rejected credentials", async () => {
    fake.respond = () => ({ status: 401, message: "Incorrect API key provided: test" });
    await expectUnavailable("add buy milk", /rejected our credentials/);
  });

  it("429 from the provider: rate limited", async () => {
    fake.respond = () => ({
      status: 429,
      message: "Rate limit reached",
      headers: { "retry-after-ms": "10" },
    });
    await expectUnavailable("add buy milk", /rate limiting/);
  });

  it("no answer within AI_TIMEOUT_MS: took too long", async () => {
    fake.respond = () => ({ hang: true });
    await expectUnavailable("add buy milk", /took too long/);
  });

  it("a failure while streaming (POST /api/chat) ends the stream with the same clear message", async () => {
    fake.respond = () => ({ status: 401, message: "Incorrect API key provided: test" });
    const response = await fetch(`${server.url}/api/chat`, {
      method: "POST",
      headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
      body: JSON.stringify({ message: "add buy milk" }),
    });
    const body = await response.text();
    expect(body).toContain('"type":"error"');
    expect(body).toContain("rejected our credentials");
    expect(body).not.toContain("Incorrect API key");
    const conversations = await api("GET", "/api/conversations");
    const messages = await api(
      "GET",
      `/api/conversations/${conversations.json.conversations[0].id}/messages`,
    );
    expect(messages.json.messages[0]).toMatchObject({ role: "user", content: "add buy milk" });
    expect((await api("GET", "/api/tasks")).json.tasks).toEqual([]);
  });

  it("a failure after a tool ran still answers 503 with a clear message", async () => {
    fake.respond = callThen(
      "list_tasks",
      { status: "all" },
      { status: 500, message: "The server had an error" },
    );
    const answer = await api("POST", `/api/${user.id}/chat`, { message: "show my tasks" });
    expect(answer.status).toBe(503);
    expect(answer.json.error.code).toBe("MODEL_UNAVAILABLE");
  });
});
