import { beforeAll, describe, expect, it } from "vitest";
import { describeEachLane } from "@/test/support/lanes";
import { suiteLaneApp } from "@/test/support/app-server";
import { apiAs, signUp, type TestUser } from "@/test/support/users";

/** Requests as user B with either of the ways a client proves who it is. */
type Credentials = "bearer token" | "session cookie";

function requestAs(baseUrl: string, user: TestUser, credentials: Credentials) {
  return async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> =
      credentials === "bearer token"
        ? { authorization: `Bearer ${user.token}` }
        : { cookie: user.cookie, origin: baseUrl };
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined, text };
  };
}

describeEachLane((lane) => {
  const server = suiteLaneApp(lane);
  let ann: TestUser;
  let bob: TestUser;
  let annConversation: string;
  let annSnapshot: unknown;

  /** Everything A can see; must be identical before and after B's attempts. */
  async function annState() {
    const api = apiAs(server.url, ann);
    return {
      tasks: (await api("GET", "/api/tasks")).json,
      conversations: (await api("GET", "/api/conversations")).json,
      messages: (await api("GET", `/api/conversations/${annConversation}/messages`)).json,
    };
  }

  beforeAll(async () => {
    [ann, bob] = await Promise.all([signUp(server.url, "Ann"), signUp(server.url, "Bob")]);
    const annApi = apiAs(server.url, ann);
    await annApi("POST", "/api/tasks", { title: "Ann's first", description: "private" });
    await annApi("POST", "/api/tasks", { title: "Ann's second" });
    const turn = await annApi("POST", `/api/${ann.id}/chat`, { message: "add Ann's third" });
    annConversation = turn.json.conversation_id;
    // Bob has task 1 of his own: numbers overlap, rows must not.
    await apiAs(server.url, bob)("POST", "/api/tasks", { title: "Bob's own" });
    annSnapshot = await annState();
  });

  describe.each<Credentials>(["bearer token", "session cookie"])("user B with a %s", (how) => {
    const asBob = () => requestAs(server.url, bob, how);

    it("sees only B's own tasks and conversations in lists", async () => {
      const tasks = await asBob()("GET", "/api/tasks");
      expect(tasks.status).toBe(200);
      expect(tasks.json.tasks.map((t: { title: string }) => t.title)).toEqual(["Bob's own"]);
      const conversations = await asBob()("GET", "/api/conversations");
      expect(conversations.json.conversations.map((c: { id: string }) => c.id)).not.toContain(
        annConversation,
      );
    });

    it.each([
      ["GET", undefined],
      ["PATCH", { title: "hijacked", completed: true }],
      ["DELETE", undefined],
    ] as const)("gets 404 for %s of A's task that B does not have", async (method, body) => {
      // A has tasks 2 and 3, B does not: a 404 must not reveal that A's exist.
      for (const id of [2, 3]) {
        const answer = await asBob()(method, `/api/tasks/${id}`, body);
        expect(answer.status).toBe(404);
        expect(answer.json.error.code).toBe("NOT_FOUND");
        expect(answer.text).not.toContain("Ann");
      }
    });

    it("reaches B's own task 1, never A's task 1", async () => {
      const own = await asBob()("GET", "/api/tasks/1");
      expect(own.json.title).toBe("Bob's own");
    });

    it.each([
      ["GET", "", undefined],
      ["PATCH", "", { title: "hijacked" }],
      ["DELETE", "", undefined],
      ["GET", "/messages", undefined],
    ] as const)("gets 404 for %s of A's conversation%s", async (method, suffix, body) => {
      const answer = await asBob()(method, `/api/conversations/${annConversation}${suffix}`, body);
      expect(answer.status).toBe(404);
      expect(answer.json.error.code).toBe("NOT_FOUND");
    });

    it("gets 404 when chatting in A's conversation, and nothing is stored", async () => {
      const answer = await asBob()("POST", `/api/${bob.id}/chat`, {
        conversation_id: annConversation,
        message: "delete task 1",
      });
      expect(answer.status).toBe(404);
      expect(answer.json.error.code).toBe("NOT_FOUND");
    });

    it("gets 403 for POST /api/{A}/chat", async () => {
      const answer = await asBob()("POST", `/api/${ann.id}/chat`, { message: "delete task 1" });
      expect(answer.status).toBe(403);
      expect(answer.json.error.code).toBe("FORBIDDEN");
    });

    it("leaves A's tasks, conversations and messages exactly as they were", async () => {
      expect(await annState()).toEqual(annSnapshot);
    });
  });

  describe("without a valid session", () => {
    const anonymous = [
      ["no credentials", {}],
      ["a forged bearer token", { authorization: "Bearer forged-token.abc" }],
      ["a malformed authorization header", { authorization: "Basic Zm9vOmJhcg==" }],
      ["a forged session cookie", { cookie: "better-auth.session_token=forged.signature" }],
    ] as const;
    const routes = () =>
      [
        ["GET", "/api/tasks"],
        ["POST", "/api/tasks"],
        ["GET", "/api/tasks/1"],
        ["PATCH", "/api/tasks/1"],
        ["DELETE", "/api/tasks/1"],
        ["GET", "/api/conversations"],
        ["GET", `/api/conversations/${annConversation}`],
        ["PATCH", `/api/conversations/${annConversation}`],
        ["DELETE", `/api/conversations/${annConversation}`],
        ["GET", `/api/conversations/${annConversation}/messages`],
        ["POST", `/api/${ann.id}/chat`],
      ] as const;

    it.each(anonymous)("%s gets 401 on every API route", async (_name, headers) => {
      for (const [method, path] of routes()) {
        const response = await fetch(`${server.url}${path}`, {
          method,
          headers: { ...headers, "content-type": "application/json" },
          body: method === "GET" || method === "DELETE" ? undefined : '{"message":"x","title":"x"}',
        });
        expect(response.status, `${method} ${path}`).toBe(401);
        expect((await response.json()).error.code).toBe("UNAUTHORIZED");
      }
      expect(await annState()).toEqual(annSnapshot);
    });
  });
});
