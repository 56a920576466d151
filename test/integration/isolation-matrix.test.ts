import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey, revokeApiKey } from "../support/mcp";
import { apiAs, signUp, type TestUser } from "../support/users";
import { suiteApp } from "../support/app-server";

/**
 * The isolation matrix: every endpoint × every way of being someone other than A.
 * User B (by cookie and by bearer token), no credentials, and forged, tampered or
 * revoked credentials try A's ids; each attempt must be refused (or, for lists and
 * creates, see only B's own data) and leave A's data byte-for-byte unchanged.
 *
 * A new endpoint is one row in ENDPOINTS with the answer B must get. MCP rows are one
 * POST /api/mcp tools/call each, tried with B's own API key (MCP takes keys only); ChatKit
 * rows are one POST /api/chatkit request type each, with the same session as the API.
 */

interface Fixture {
  a: TestUser;
  b: TestUser;
  /** A's last task: B has fewer tasks, so B has no task with this number. */
  aTaskId: number;
  aConversationId: string;
  /** A's first user message and first assistant answer: ChatKit item ids. */
  aUserItemId: string;
  aAssistantItemId: string;
  /** Personal API keys (MCP): B's own, A's, and one that was revoked. */
  bKey: string;
  aKey: string;
  /** A's device subscribed to push. */
  aPushEndpoint: string;
}

/** A browser's PushSubscription JSON for a made-up device (keys generated, never used). */
function pushSubscription(endpoint: string) {
  const device = crypto.createECDH("prime256v1");
  device.generateKeys();
  return {
    endpoint,
    expirationTime: null,
    keys: {
      p256dh: device.getPublicKey().toString("base64url"),
      auth: crypto.randomBytes(16).toString("base64url"),
    },
  };
}

type Auth = "session" | "api key";

interface Endpoint {
  name: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  /** The credential the endpoint takes: a session (cookie or bearer token) unless said. */
  auth?: Auth;
  headers?: Record<string, string>;
  /**
   * What B's valid credentials get: a refusal status for anything naming A's data,
   * "own data" for lists and creates (2xx, and nothing of A's in the answer), or
   * "task_not_found" for an MCP tool naming A's task (a tool result, as the contract says).
   */
  asOtherUser: 403 | 404 | "own data" | "task_not_found";
}

const mcpTool = (
  name: string,
  args: (f: Fixture) => Record<string, unknown>,
  asOtherUser: Endpoint["asOtherUser"],
): Endpoint => ({
  name: `MCP ${name}`,
  method: "POST",
  path: () => "/api/mcp",
  auth: "api key",
  headers: { accept: "application/json, text/event-stream", "mcp-protocol-version": "2025-06-18" },
  body: (f) => ({
    jsonrpc: "2.0",
    id: 1,
    method: "tools/call",
    params: { name, arguments: args(f) },
  }),
  asOtherUser,
});

const chatKit = (
  type: string,
  params: (f: Fixture) => Record<string, unknown>,
  asOtherUser: Endpoint["asOtherUser"] = 404,
): Endpoint => ({
  name: `ChatKit ${type}`,
  method: "POST",
  path: () => "/api/chatkit",
  body: (f) => ({ type, params: params(f) }),
  asOtherUser,
});

const chatKitInput = (text: string) => ({
  content: [{ type: "input_text", text }],
  attachments: [],
  inference_options: {},
});

const ENDPOINTS: Endpoint[] = [
  { name: "list tasks", method: "GET", path: () => "/api/tasks", asOtherUser: "own data" },
  {
    name: "create task",
    method: "POST",
    path: () => "/api/tasks",
    body: () => ({ title: "B's own task" }),
    asOtherUser: "own data",
  },
  {
    name: "read A's task",
    method: "GET",
    path: (f) => `/api/tasks/${f.aTaskId}`,
    asOtherUser: 404,
  },
  {
    name: "update A's task",
    method: "PATCH",
    path: (f) => `/api/tasks/${f.aTaskId}`,
    body: () => ({ title: "hijacked", completed: true }),
    asOtherUser: 404,
  },
  {
    name: "delete A's task",
    method: "DELETE",
    path: (f) => `/api/tasks/${f.aTaskId}`,
    asOtherUser: 404,
  },
  {
    name: "chat as A (A's id in the path)",
    method: "POST",
    path: (f) => `/api/${f.a.id}/chat`,
    body: () => ({ message: "Delete all my tasks" }),
    asOtherUser: 403,
  },
  {
    name: "chat as A in A's conversation",
    method: "POST",
    path: (f) => `/api/${f.a.id}/chat`,
    body: (f) => ({ conversation_id: f.aConversationId, message: "What's pending?" }),
    asOtherUser: 403,
  },
  {
    name: "chat into A's conversation (own path)",
    method: "POST",
    path: (f) => `/api/${f.b.id}/chat`,
    body: (f) => ({ conversation_id: f.aConversationId, message: "What's pending?" }),
    asOtherUser: 404,
  },
  {
    name: "stream into A's conversation",
    method: "POST",
    path: () => "/api/chat",
    body: (f) => ({ conversation_id: f.aConversationId, message: "What's pending?" }),
    asOtherUser: 404,
  },
  {
    name: "chat (new conversation)",
    method: "POST",
    path: (f) => `/api/${f.b.id}/chat`,
    body: () => ({ message: "Show me all tasks" }),
    asOtherUser: "own data",
  },
  {
    name: "read the account",
    method: "GET",
    path: () => "/api/account",
    asOtherUser: "own data",
  },
  {
    name: "read the calendar feed URL",
    method: "GET",
    path: () => "/api/account/calendar",
    asOtherUser: "own data",
  },
  {
    name: "rotate the calendar feed URL",
    method: "POST",
    path: () => "/api/account/calendar/rotate",
    asOtherUser: "own data",
  },
  {
    name: "read the push public key",
    method: "GET",
    path: () => "/api/push/public-key",
    asOtherUser: "own data",
  },
  {
    name: "subscribe a device to push",
    method: "POST",
    path: () => "/api/push/subscriptions",
    body: () => pushSubscription(`https://push.example.com/b-${crypto.randomUUID()}`),
    asOtherUser: "own data",
  },
  {
    name: "unsubscribe A's device",
    method: "DELETE",
    path: () => "/api/push/subscriptions",
    body: (f) => ({ endpoint: f.aPushEndpoint }),
    asOtherUser: 404,
  },
  {
    name: "filter and search tasks",
    method: "GET",
    path: () => "/api/tasks?due=any&q=a&sort=due",
    asOtherUser: "own data",
  },
  {
    name: "restore A's task",
    method: "POST",
    path: (f) => `/api/tasks/${f.aTaskId}/restore`,
    asOtherUser: 404,
  },
  {
    name: "list conversations",
    method: "GET",
    path: () => "/api/conversations",
    asOtherUser: "own data",
  },
  {
    name: "read A's conversation",
    method: "GET",
    path: (f) => `/api/conversations/${f.aConversationId}`,
    asOtherUser: 404,
  },
  {
    name: "rename A's conversation",
    method: "PATCH",
    path: (f) => `/api/conversations/${f.aConversationId}`,
    body: () => ({ title: "hijacked" }),
    asOtherUser: 404,
  },
  {
    name: "delete A's conversation",
    method: "DELETE",
    path: (f) => `/api/conversations/${f.aConversationId}`,
    asOtherUser: 404,
  },
  {
    name: "read A's messages",
    method: "GET",
    path: (f) => `/api/conversations/${f.aConversationId}/messages`,
    asOtherUser: 404,
  },
  mcpTool("list_tasks", () => ({ status: "all" }), "own data"),
  mcpTool("add_task", () => ({ title: "B's own MCP task" }), "own data"),
  mcpTool("complete_task", (f) => ({ task_id: f.aTaskId }), "task_not_found"),
  mcpTool("delete_task", (f) => ({ task_id: f.aTaskId }), "task_not_found"),
  mcpTool("restore_task", (f) => ({ task_id: f.aTaskId }), "task_not_found"),
  mcpTool(
    "update_task",
    (f) => ({ task_id: f.aTaskId, title: "hijacked", description: "hijacked" }),
    "task_not_found",
  ),
  chatKit("threads.list", () => ({}), "own data"),
  chatKit("threads.get_by_id", (f) => ({ thread_id: f.aConversationId })),
  chatKit("threads.add_user_message", (f) => ({
    thread_id: f.aConversationId,
    input: chatKitInput("Delete all my tasks"),
  })),
  chatKit("items.list", (f) => ({ thread_id: f.aConversationId })),
  chatKit("threads.update", (f) => ({ thread_id: f.aConversationId, title: "hijacked" })),
  chatKit("threads.delete", (f) => ({ thread_id: f.aConversationId })),
  chatKit("threads.retry_after_item", (f) => ({
    thread_id: f.aConversationId,
    item_id: f.aUserItemId,
  })),
  chatKit("items.feedback", (f) => ({
    thread_id: f.aConversationId,
    item_ids: [f.aAssistantItemId],
    kind: "negative",
  })),
];

type Credential = { name: string; headers: (f: Fixture, url: string) => Record<string, string> };

/** Ways of not being A with a valid credential of one's own. */
const OTHER_USER: Record<Auth, Credential[]> = {
  session: [
    { name: "B's cookie", headers: (f, url) => ({ cookie: f.b.cookie, origin: url }) },
    { name: "B's bearer token", headers: (f) => ({ authorization: `Bearer ${f.b.token}` }) },
  ],
  "api key": [{ name: "B's own API key", headers: (f) => ({ authorization: `Bearer ${f.bKey}` }) }],
};

let revokedToken = "";
let revokedCookie = "";
let revokedKey = "";
const FORGED_KEY = `tc_${"x".repeat(48)}`;

/** Ways of not being signed in at all: every one is 401, on every endpoint. */
const NOT_SIGNED_IN_ANYWHERE: Credential[] = [
  { name: "no credentials", headers: () => ({}) },
  { name: "forged bearer token", headers: () => ({ authorization: "Bearer forged.token.value" }) },
  {
    name: "A's bearer token, tampered",
    headers: (f) => ({ authorization: `Bearer ${tamper(f.a.token)}` }),
  },
  {
    name: "forged session cookie",
    headers: (_f, url) => ({ cookie: "better-auth.session_token=forged.signature", origin: url }),
  },
  {
    name: "A's cookie, tampered",
    headers: (f, url) => ({ cookie: tamper(f.a.cookie), origin: url }),
  },
  {
    name: "revoked (signed-out) bearer token",
    headers: () => ({ authorization: `Bearer ${revokedToken}` }),
  },
  {
    name: "revoked (signed-out) cookie",
    headers: (_f, url) => ({ cookie: revokedCookie, origin: url }),
  },
  { name: "forged API key", headers: () => ({ authorization: `Bearer ${FORGED_KEY}` }) },
  {
    name: "A's API key, tampered",
    headers: (f) => ({ authorization: `Bearer ${tamper(f.aKey)}` }),
  },
  { name: "revoked API key", headers: () => ({ authorization: `Bearer ${revokedKey}` }) },
];

/**
 * A's own valid credential of the other kind is 401 too: an API key opens MCP only,
 * and MCP takes API keys only (a session token or cookie is refused).
 */
const NOT_SIGNED_IN: Record<Auth, Credential[]> = {
  session: [
    ...NOT_SIGNED_IN_ANYWHERE,
    { name: "A's API key", headers: (f) => ({ authorization: `Bearer ${f.aKey}` }) },
    { name: "A's API key in x-api-key", headers: (f) => ({ "x-api-key": f.aKey }) },
  ],
  "api key": [
    ...NOT_SIGNED_IN_ANYWHERE,
    {
      name: "A's session token instead of a key",
      headers: (f) => ({ authorization: `Bearer ${f.a.token}` }),
    },
    {
      name: "A's session cookie instead of a key",
      headers: (f, url) => ({ cookie: f.a.cookie, origin: url }),
    },
  ],
};

function tamper(secret: string): string {
  const last = secret.at(-1) === "A" ? "B" : "A";
  return `${secret.slice(0, -1)}${last}`;
}

describe("isolation matrix", () => {
  const server = suiteApp({ lane: "pglite" });
  let f: Fixture;

  /** Everything A can see, as the exact bytes the API returns. */
  async function snapshotOfA(): Promise<string> {
    const api = apiAs(server.url, f.a);
    const parts = [
      await api("GET", "/api/tasks"),
      await api("GET", "/api/conversations"),
      // A's feed URL: nobody else can rotate it.
      await api("GET", "/api/account/calendar"),
    ];
    const conversations = (parts[1]!.json?.conversations ?? []) as { id: string }[];
    for (const c of conversations)
      parts.push(await api("GET", `/api/conversations/${c.id}/messages`));
    return parts.map((p) => `${p.status} ${p.text}`).join("\n");
  }

  async function attempt(endpoint: Endpoint, credential: Credential) {
    const body = endpoint.body?.(f);
    const response = await fetch(`${server.url}${endpoint.path(f)}`, {
      method: endpoint.method,
      headers: {
        ...endpoint.headers,
        ...credential.headers(f, server.url),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  }

  beforeAll(async () => {
    const [a, b, leaving, keyLeaving] = await Promise.all([
      signUp(server.url, "Ann"),
      signUp(server.url, "Bob"),
      signUp(server.url, "Leaving"),
      signUp(server.url, "Key leaving"),
    ]);
    const api = apiAs(server.url, a);
    for (const title of ["alpha", "bravo", "charlie", "delta", "echo"]) {
      expect((await api("POST", "/api/tasks", { title: `A secret ${title}` })).status).toBe(201);
    }
    const turn = await api("POST", `/api/${a.id}/chat`, {
      message: "Add a task to A secret foxtrot",
    });
    const aTaskId = (await api("GET", "/api/tasks")).json.tasks.at(-1).id;
    const aPushEndpoint = `https://push.example.com/a-${crypto.randomUUID()}`;
    const subscribed = await api(
      "POST",
      "/api/push/subscriptions",
      pushSubscription(aPushEndpoint),
    );
    expect(subscribed.status).toBe(201);
    expect(aTaskId).toBe(6);
    const aConversationId = turn.json.conversation_id;
    const messages = (await api("GET", `/api/conversations/${aConversationId}/messages`)).json
      .messages as { id: string; role: string }[];
    const [aKey, bKey, oldKey] = await Promise.all([
      createApiKey(server.url, a),
      createApiKey(server.url, b),
      createApiKey(server.url, keyLeaving),
    ]);
    await revokeApiKey(server.url, keyLeaving, oldKey.id);
    revokedKey = oldKey.key;
    f = {
      a,
      b,
      aTaskId,
      aConversationId,
      aUserItemId: messages.find((m) => m.role === "user")!.id,
      aAssistantItemId: messages.find((m) => m.role === "assistant")!.id,
      aKey: aKey.key,
      bKey: bKey.key,
      aPushEndpoint,
    };
    const signOut = await fetch(`${server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie: leaving.cookie, origin: server.url, "content-type": "application/json" },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    revokedToken = leaving.token;
    revokedCookie = leaving.cookie;
  });

  it("has A's data to protect", async () => {
    const snapshot = await snapshotOfA();
    expect(snapshot).toContain("A secret foxtrot");
    expect(snapshot).toContain(f.aConversationId);
    const own = await apiAs(server.url, f.a)("GET", `/api/tasks/${f.aTaskId}`);
    expect(own.status).toBe(200);
    // A's own credentials reach the same data through MCP and ChatKit, so the rows
    // below refuse B for being B, not for naming something that does not exist.
    const mcp = await attempt(
      ENDPOINTS.find((e) => e.name === "MCP list_tasks")!,
      {
        name: "A's key",
        headers: () => ({ authorization: `Bearer ${f.aKey}` }),
      },
    );
    expect(mcp.status, mcp.text).toBe(200);
    expect(mcp.text).toContain("A secret echo");
    const thread = await attempt(
      ENDPOINTS.find((e) => e.name === "ChatKit items.list")!,
      {
        name: "A's token",
        headers: () => ({ authorization: `Bearer ${f.a.token}` }),
      },
    );
    expect(thread.status, thread.text).toBe(200);
    const itemIds = JSON.parse(thread.text).data.map((i: { id: string }) => i.id);
    expect(itemIds).toEqual(expect.arrayContaining([f.aUserItemId, f.aAssistantItemId]));
  });

  describe.each(ENDPOINTS)("$method $name", (endpoint) => {
    const auth = endpoint.auth ?? "session";
    it.each(OTHER_USER[auth])(
      "as $name: refused or own data only; A unchanged",
      async (credential) => {
        const before = await snapshotOfA();
        const { status, text } = await attempt(endpoint, credential);
        if (endpoint.asOtherUser === "task_not_found") {
          expect(status, text).toBe(200);
          expect(JSON.parse(text).result.structuredContent).toEqual({
            error: "task_not_found",
            task_id: f.aTaskId,
          });
          expect(text).not.toContain("A secret");
        } else if (endpoint.asOtherUser === "own data") {
          expect(status, text).toBeGreaterThanOrEqual(200);
          expect(status, text).toBeLessThan(300);
          expect(text).not.toContain("A secret");
          expect(text).not.toContain(f.aConversationId);
        } else {
          expect(status, text).toBe(endpoint.asOtherUser);
          expect(JSON.parse(text).error.code).toBe(status === 403 ? "FORBIDDEN" : "NOT_FOUND");
          expect(text).not.toContain("A secret");
        }
        expect(await snapshotOfA()).toBe(before);
      },
    );

    it.each(NOT_SIGNED_IN[auth])("with $name: 401; A unchanged", async (credential) => {
      const before = await snapshotOfA();
      const { status, text } = await attempt(endpoint, credential);
      expect(status, text).toBe(401);
      expect(JSON.parse(text).error.code).toBe("UNAUTHORIZED");
      expect(await snapshotOfA()).toBe(before);
    });
  });

  it("left B with only what B made", async () => {
    const tasks = await apiAs(server.url, f.b)("GET", "/api/tasks");
    expect(tasks.json.tasks.every((t: { title: string }) => !t.title.startsWith("A secret"))).toBe(
      true,
    );
    expect(tasks.json.tasks.length).toBeLessThan(f.aTaskId);
  });
});
