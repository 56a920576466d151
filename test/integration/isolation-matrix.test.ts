import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgliteDir } from "../support/databases";
import { startServer, type RunningServer } from "../support/server";
import { apiAs, signUp, type TestUser } from "../support/users";

/**
 * The isolation matrix: every endpoint × every way of being someone other than A.
 * User B (by cookie and by bearer token), no credentials, and forged, tampered or
 * revoked credentials try A's ids; each attempt must be refused (or, for lists and
 * creates, see only B's own data) and leave A's data byte-for-byte unchanged.
 *
 * A new endpoint is one row in ENDPOINTS (MCP: a POST /api/mcp tools/call row; ChatKit:
 * a POST /api/chatkit row), with the status B must get.
 */

interface Fixture {
  a: TestUser;
  b: TestUser;
  /** A's last task: B has fewer tasks, so B has no task with this number. */
  aTaskId: number;
  aConversationId: string;
}

interface Endpoint {
  name: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  /**
   * What B's valid credentials get: a refusal status for anything naming A's data,
   * or "own data" for lists and creates (2xx, and nothing of A's in the answer).
   */
  asOtherUser: 403 | 404 | "own data";
}

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
];

type Credential = { name: string; headers: (f: Fixture, url: string) => Record<string, string> };

/** Ways of not being A. Those after the first two must all be 401. */
const OTHER_USER: Credential[] = [
  { name: "B's cookie", headers: (f, url) => ({ cookie: f.b.cookie, origin: url }) },
  { name: "B's bearer token", headers: (f) => ({ authorization: `Bearer ${f.b.token}` }) },
];

let revokedToken = "";
let revokedCookie = "";
const NOT_SIGNED_IN: Credential[] = [
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
];

function tamper(secret: string): string {
  const last = secret.at(-1) === "A" ? "B" : "A";
  return `${secret.slice(0, -1)}${last}`;
}

describe("isolation matrix", () => {
  let server: RunningServer;
  let data: ReturnType<typeof createPgliteDir>;
  let f: Fixture;

  /** Everything A can see, as the exact bytes the API returns. */
  async function snapshotOfA(): Promise<string> {
    const api = apiAs(server.url, f.a);
    const parts = [await api("GET", "/api/tasks"), await api("GET", "/api/conversations")];
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
        ...credential.headers(f, server.url),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  }

  beforeAll(async () => {
    data = createPgliteDir();
    server = await startServer({ PGLITE_DIR: data.dir });
    const [a, b, leaving] = await Promise.all([
      signUp(server.url, "Ann"),
      signUp(server.url, "Bob"),
      signUp(server.url, "Leaving"),
    ]);
    const api = apiAs(server.url, a);
    for (const title of ["alpha", "bravo", "charlie", "delta", "echo"]) {
      expect((await api("POST", "/api/tasks", { title: `A secret ${title}` })).status).toBe(201);
    }
    const turn = await api("POST", `/api/${a.id}/chat`, {
      message: "Add a task to A secret foxtrot",
    });
    const aTaskId = (await api("GET", "/api/tasks")).json.tasks.at(-1).id;
    expect(aTaskId).toBe(6);
    f = { a, b, aTaskId, aConversationId: turn.json.conversation_id };
    const signOut = await fetch(`${server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie: leaving.cookie, origin: server.url, "content-type": "application/json" },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    revokedToken = leaving.token;
    revokedCookie = leaving.cookie;
  });

  afterAll(async () => {
    await server?.stop();
    data?.remove();
  });

  it("has A's data to protect", async () => {
    const snapshot = await snapshotOfA();
    expect(snapshot).toContain("A secret foxtrot");
    expect(snapshot).toContain(f.aConversationId);
    const own = await apiAs(server.url, f.a)("GET", `/api/tasks/${f.aTaskId}`);
    expect(own.status).toBe(200);
  });

  describe.each(ENDPOINTS)("$method $name", (endpoint) => {
    it.each(OTHER_USER)("as $name: refused or own data only; A unchanged", async (credential) => {
      const before = await snapshotOfA();
      const { status, text } = await attempt(endpoint, credential);
      if (endpoint.asOtherUser === "own data") {
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
    });

    it.each(NOT_SIGNED_IN)("with $name: 401; A unchanged", async (credential) => {
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
