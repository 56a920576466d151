import { beforeAll, describe, expect, it } from "vitest";
import { apiAs, signUp, type TestUser } from "../support/users";
import { suiteApp } from "../support/app-server";

/**
 * Hostile input for every endpoint that takes any: each case must be refused with
 * the contract's error shape and the right status (never a 500, never a stack trace
 * or SQL), and text that is accepted must come back exactly as stored.
 */

type Body = string | Uint8Array<ArrayBuffer> | object | undefined;
interface Case {
  name: string;
  method: string;
  path: (ctx: Context) => string;
  body?: Body;
  contentType?: string;
  status: number;
  code: string;
  field?: string;
}
interface Context {
  user: TestUser;
  conversationId: string;
}

const MB = "x".repeat(1024 * 1024);
const INVALID_UTF8 = Uint8Array.from(
  Buffer.concat([Buffer.from('{"title": "'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]),
);

/** Bodies every JSON endpoint must refuse the same way. */
function malformedBodies(name: string, method: string, path: Case["path"]): Omit<Case, "field">[] {
  const at = (suffix: string) => `${method} ${name}: ${suffix}`;
  return [
    {
      name: at("invalid JSON"),
      method,
      path,
      body: "{not json",
      status: 400,
      code: "INVALID_JSON",
    },
    { name: at("empty body"), method, path, body: "", status: 400, code: "INVALID_JSON" },
    { name: at("JSON array"), method, path, body: "[]", status: 400, code: "VALIDATION_ERROR" },
    { name: at("JSON null"), method, path, body: "null", status: 400, code: "VALIDATION_ERROR" },
    { name: at("JSON number"), method, path, body: "12", status: 400, code: "VALIDATION_ERROR" },
    {
      name: at("1 MB body"),
      method,
      path,
      body: `{"x":"${MB}"}`,
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
    },
    {
      name: at("invalid UTF-8"),
      method,
      path,
      body: INVALID_UTF8,
      status: 400,
      code: "INVALID_JSON",
    },
    {
      name: at("form-encoded body"),
      method,
      path,
      body: "title=x",
      contentType: "application/x-www-form-urlencoded",
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
    },
    {
      name: at("unknown field"),
      method,
      path,
      body: { user_id: "someone" },
      status: 400,
      code: "VALIDATION_ERROR",
    },
  ];
}

const tasks = () => "/api/tasks";
const task1 = () => "/api/tasks/1";
const chat = ({ user }: Context) => `/api/${user.id}/chat`;
const stream = () => "/api/chat";
const conversation = ({ conversationId }: Context) => `/api/conversations/${conversationId}`;

const v = (name: string, method: string, path: Case["path"], body: Body, field?: string): Case => ({
  name: `${method} ${name}: ${JSON.stringify(body).slice(0, 60)}`,
  method,
  path,
  body,
  status: 400,
  code: "VALIDATION_ERROR",
  field,
});

const cases: Case[] = [
  ...malformedBodies("/api/tasks", "POST", tasks),
  ...malformedBodies("/api/tasks/1", "PATCH", task1),
  ...malformedBodies("/api/{user_id}/chat", "POST", chat),
  ...malformedBodies("/api/chat", "POST", stream),
  ...malformedBodies("/api/conversations/{id}", "PATCH", conversation),

  v("/api/tasks", "POST", tasks, {}, "title"),
  v("/api/tasks", "POST", tasks, { title: 42 }, "title"),
  v("/api/tasks", "POST", tasks, { title: null }, "title"),
  v("/api/tasks", "POST", tasks, { title: "" }, "title"),
  v("/api/tasks", "POST", tasks, { title: " \t\n " }, "title"),
  v("/api/tasks", "POST", tasks, { title: "x".repeat(201) }, "title"),
  v("/api/tasks", "POST", tasks, { title: "nul\u0000byte" }, "title"),
  v("/api/tasks", "POST", tasks, { title: ["a"] }, "title"),
  v("/api/tasks", "POST", tasks, { title: "ok", description: "x".repeat(2001) }, "description"),
  v("/api/tasks", "POST", tasks, { title: "ok", description: 7 }, "description"),
  v("/api/tasks/1", "PATCH", task1, {}),
  v("/api/tasks/1", "PATCH", task1, { completed: "yes" }, "completed"),
  v("/api/tasks/1", "PATCH", task1, { completed: 1 }, "completed"),
  v("/api/tasks/1", "PATCH", task1, { title: "" }, "title"),

  v("/api/{user_id}/chat", "POST", chat, {}, "message"),
  v("/api/{user_id}/chat", "POST", chat, { message: "" }, "message"),
  v("/api/{user_id}/chat", "POST", chat, { message: "   \n\t  " }, "message"),
  v("/api/{user_id}/chat", "POST", chat, { message: "x".repeat(8001) }, "message"),
  v("/api/{user_id}/chat", "POST", chat, { message: 12 }, "message"),
  v("/api/{user_id}/chat", "POST", chat, { message: "hi\u0000" }, "message"),
  v("/api/{user_id}/chat", "POST", chat, { message: "hi", conversation_id: 5 }, "conversation_id"),
  v(
    "/api/{user_id}/chat",
    "POST",
    chat,
    { message: "hi", client_message_id: "x".repeat(101) },
    "client_message_id",
  ),
  v(
    "/api/{user_id}/chat",
    "POST",
    chat,
    '{"message":"hi","client_message_id":1e400}',
    "client_message_id",
  ),
  v("/api/{user_id}/chat", "POST", chat, { message: "lone \ud800 surrogate" }, "message"),
  v("/api/tasks", "POST", tasks, '{"title":"x","description":1e400}', "description"),
  v("/api/tasks", "POST", tasks, { title: "lone \udc00 surrogate" }, "title"),
  v("/api/tasks/1", "PATCH", task1, '{"completed":true,"title":12345678901234567890123}', "title"),
  v("/api/chat", "POST", stream, { message: "   " }, "message"),
  v("/api/chat", "POST", stream, { message: "x".repeat(8001) }, "message"),
  v("/api/chat", "POST", stream, { messages: [{ role: "user", content: "hi" }] }),
  v("/api/conversations/{id}", "PATCH", conversation, { title: "" }, "title"),
  v("/api/conversations/{id}", "PATCH", conversation, { title: 1 }, "title"),

  ...["-1", "0", "abc", "1.5", "1e3", "%00", "1%20OR%201=1"].map((id): Case => ({
    name: `GET /api/tasks/${id}: malformed id`,
    method: "GET",
    path: () => `/api/tasks/${id}`,
    status: 400,
    code: "VALIDATION_ERROR",
    field: "id",
  })),
  ...["999999", "99999999999999999999999"].map((id): Case => ({
    name: `PATCH /api/tasks/${id}: no such task`,
    method: "PATCH",
    path: () => `/api/tasks/${id}`,
    body: { completed: true },
    status: 404,
    code: "NOT_FOUND",
  })),
  ...[
    "not-a-uuid",
    "00000000-0000-0000-0000-000000000000",
    "'%20OR%20'1'='1",
    "%F0%9F%98%80",
  ].flatMap((id): Case[] => [
    {
      name: `GET /api/conversations/${id}`,
      method: "GET",
      path: () => `/api/conversations/${id}`,
      status: 404,
      code: "NOT_FOUND",
    },
    {
      name: `GET /api/conversations/${id}/messages`,
      method: "GET",
      path: () => `/api/conversations/${id}/messages`,
      status: 404,
      code: "NOT_FOUND",
    },
    {
      name: `DELETE /api/conversations/${id}`,
      method: "DELETE",
      path: () => `/api/conversations/${id}`,
      status: 404,
      code: "NOT_FOUND",
    },
  ]),
  {
    name: "POST /api/{user_id}/chat: a conversation id that is no uuid",
    method: "POST",
    path: chat,
    body: { message: "hi", conversation_id: "'; DROP TABLE messages; --" },
    status: 404,
    code: "NOT_FOUND",
  },
  ...[
    "status=bogus",
    "limit=-1",
    "limit=abc",
    "limit=99999999999999999999",
    "cursor=abc",
    "cursor=-5",
  ].map((query): Case => ({
    name: `GET /api/tasks?${query}`,
    method: "GET",
    path: () => `/api/tasks?${query}`,
    status: 400,
    code: "VALIDATION_ERROR",
  })),
  ...["limit=0", "limit=1e9", "cursor=%00"].map((query): Case => ({
    name: `GET /api/conversations?${query}`,
    method: "GET",
    path: () => `/api/conversations?${query}`,
    status: 400,
    code: "VALIDATION_ERROR",
  })),
  {
    name: "GET /api/conversations/{id}/messages?cursor=garbage",
    method: "GET",
    path: (ctx) => `/api/conversations/${ctx.conversationId}/messages?cursor=garbage`,
    status: 400,
    code: "VALIDATION_ERROR",
    field: "cursor",
  },
];

/** What must never be in an error body. */
const LEAKS = [
  /\n\s+at /,
  /node_modules/,
  /\bSELECT\b|\bINSERT\b|\bUPDATE\b.*\bSET\b/,
  /ZodError/,
  /secret/i,
];

describe("hostile input", () => {
  const server = suiteApp({ lane: "pglite" });
  let ctx: Context;
  let api: ReturnType<typeof apiAs>;

  beforeAll(async () => {
    const user = await signUp(server.url);
    api = apiAs(server.url, user);
    const first = await api("POST", `/api/${user.id}/chat`, { message: "Add a task to seed" });
    ctx = { user, conversationId: first.json.conversation_id };
  });

  it.each(cases)("$name → $status $code", async (test) => {
    const body =
      test.body === undefined || typeof test.body === "string" || test.body instanceof Uint8Array
        ? test.body
        : JSON.stringify(test.body);
    const response = await fetch(`${server.url}${test.path(ctx)}`, {
      method: test.method,
      headers: {
        authorization: `Bearer ${ctx.user.token}`,
        ...(body === undefined ? {} : { "content-type": test.contentType ?? "application/json" }),
      },
      body,
    });
    const text = await response.text();
    expect(response.status, `${String(JSON.stringify(test.body)).slice(0, 80)} → ${text}`).toBe(
      test.status,
    );
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const json = JSON.parse(text);
    expect(json.error.code).toBe(test.code);
    expect(typeof json.error.message).toBe("string");
    expect(json.error.message.length).toBeGreaterThan(0);
    if (test.field) expect(json.error.field).toBe(test.field);
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
  });

  it("changed nothing: the only task and conversation are the seeded ones", async () => {
    const list = await api("GET", "/api/tasks");
    expect(list.json.tasks.map((t: { title: string }) => t.title)).toEqual(["Seed"]);
    const conversations = await api("GET", "/api/conversations");
    expect(conversations.json.conversations).toHaveLength(1);
  });

  const texts = [
    "Buy 🥛 milk & 🍞 bread 👨‍👩‍👧",
    "שלום עולם — مرحبا بالعالم",
    "'); DROP TABLE tasks; --",
    '<script>alert("x")</script><img src=x onerror=alert(1)>',
    "Ünïcödé ñ e\u0301 \u200b zero-width",
    "😀".repeat(100),
    "x".repeat(200),
  ];

  it.each(texts)("stores task text exactly: %s", async (title) => {
    const description = `  ${title}\n  with  spacing  `;
    const created = await api("POST", "/api/tasks", { title: `  ${title}  `, description });
    expect(created.status).toBe(201);
    expect(created.json.title).toBe(title);
    expect(created.json.description).toBe(description);
    const read = await api("GET", `/api/tasks/${created.json.id}`);
    expect(read.json.title).toBe(title);
    expect(read.json.description).toBe(description);
    const renamed = await api("PATCH", `/api/tasks/${created.json.id}`, { title });
    expect(renamed.json.title).toBe(title);
  });

  it("stores chat messages exactly (the longest allowed too)", async () => {
    const message = `${texts.slice(0, 5).join(" | ")} ${"é".repeat(7800)}`.slice(0, 8000);
    const turn = await api("POST", `/api/${ctx.user.id}/chat`, { message });
    expect(turn.status).toBe(200);
    const page = await api("GET", `/api/conversations/${turn.json.conversation_id}/messages`);
    expect(page.json.messages[0].content).toBe(message);
    const renamed = await api("PATCH", `/api/conversations/${turn.json.conversation_id}`, {
      title: texts[3],
    });
    expect(renamed.json.title).toBe(texts[3]);
  });

  const authCases: { name: string; path: string; body: string; status: number }[] = [
    { name: "sign-up: invalid JSON", path: "sign-up/email", body: "{not json", status: 400 },
    { name: "sign-up: JSON null", path: "sign-up/email", body: "null", status: 400 },
    {
      name: "sign-up: wrong types",
      path: "sign-up/email",
      body: JSON.stringify({ name: 1, email: 2, password: 3 }),
      status: 400,
    },
    {
      name: "sign-up: a 1 MB name",
      path: "sign-up/email",
      body: JSON.stringify({ name: MB, email: "big@example.com", password: "long enough pw" }),
      status: 413,
    },
    { name: "sign-in: 1 MB body", path: "sign-in/email", body: `{"x":"${MB}"}`, status: 413 },
    {
      name: "sign-in: a 200-character password",
      path: "sign-in/email",
      body: JSON.stringify({ email: "nobody@example.com", password: "x".repeat(200) }),
      status: 400,
    },
  ];

  it.each(authCases)("auth $name → $status, never a 500", async ({ path, body, status }) => {
    const response = await fetch(`${server.url}/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body,
    });
    const text = await response.text();
    expect(response.status, text).toBe(status);
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
  });
});
