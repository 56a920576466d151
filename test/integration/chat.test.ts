import { beforeAll, describe, expect, it } from "vitest";
import { describeEachLane } from "@/test/support/lanes";
import { suiteLaneApp } from "@/test/support/app-server";
import { freePort } from "@/test/support/server";
import { createdResult } from "@/test/support/task-json";
import { apiAs, signUp, type TestUser } from "@/test/support/users";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describeEachLane((lane) => {
  const server = suiteLaneApp(lane);
  const api = (user: TestUser) => apiAs(server.url, user);
  const chat = (user: TestUser, body: Record<string, unknown>) =>
    api(user)("POST", `/api/${user.id}/chat`, body);
  const messagesOf = async (user: TestUser, conversationId: string) =>
    (await api(user)("GET", `/api/conversations/${conversationId}/messages`)).json.messages as {
      role: string;
      content: string;
      tool_calls: { name: string; arguments: Record<string, unknown>; result: unknown }[];
    }[];

  describe("a chat turn", () => {
    it("answers, runs the tool for the signed-in user, and stores both messages", async () => {
      const user = await signUp(server.url);
      const answer = await chat(user, { message: "Add a task to buy groceries" });
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({
        conversation_id: expect.stringMatching(UUID),
        response: expect.stringContaining("Buy groceries"),
        tool_calls: [
          {
            name: "add_task",
            arguments: { title: "Buy groceries" },
            result: createdResult(1, "Buy groceries"),
          },
        ],
      });

      const tasks = (await api(user)("GET", "/api/tasks")).json.tasks;
      expect(tasks).toMatchObject([{ id: 1, title: "Buy groceries", completed: false }]);

      const stored = await messagesOf(user, answer.json.conversation_id);
      expect(stored).toMatchObject([
        { role: "user", content: "Add a task to buy groceries", tool_calls: [] },
        { role: "assistant", content: answer.json.response, tool_calls: answer.json.tool_calls },
      ]);
    });

    it("continues a conversation by its id, with what was said before", async () => {
      const user = await signUp(server.url);
      const first = await chat(user, { message: "add buy milk" });
      const second = await chat(user, {
        conversation_id: first.json.conversation_id,
        message: "show my tasks",
      });
      expect(second.status).toBe(200);
      expect(second.json.conversation_id).toBe(first.json.conversation_id);
      expect(second.json.tool_calls).toMatchObject([
        { name: "list_tasks", result: { total: 1, tasks: [{ id: 1, title: "Buy milk" }] } },
      ]);
      expect(await messagesOf(user, first.json.conversation_id)).toHaveLength(4);
      const conversations = (await api(user)("GET", "/api/conversations")).json.conversations;
      expect(conversations).toHaveLength(1);
    });

    it("a retry with the same client_message_id returns the first answer and changes nothing", async () => {
      const user = await signUp(server.url);
      const start = await chat(user, { message: "add call mom", client_message_id: "m-1" });
      const conversationId = start.json.conversation_id;
      const retryOfFirst = await chat(user, { message: "add call mom", client_message_id: "m-1" });
      expect(retryOfFirst.json).toEqual(start.json);

      const body = {
        conversation_id: conversationId,
        message: "add pay rent",
        client_message_id: "m-2",
      };
      const original = await chat(user, body);
      expect(original.status).toBe(200);
      const retry = await chat(user, body);
      expect(retry.status).toBe(200);
      expect(retry.json).toEqual(original.json);

      expect(await messagesOf(user, conversationId)).toHaveLength(4);
      const tasks = (await api(user)("GET", "/api/tasks")).json.tasks;
      expect(tasks.map((t: { title: string }) => t.title)).toEqual(["Call mom", "Pay rent"]);
      expect((await api(user)("GET", "/api/conversations")).json.conversations).toHaveLength(1);
    });

    it("a conversation that does not exist is 404, and nothing is stored", async () => {
      const user = await signUp(server.url);
      for (const id of ["6f1c2a53-1d0e-4c9b-8d3e-2f4a5b6c7d8e", "not-a-uuid"]) {
        const answer = await chat(user, { conversation_id: id, message: "add x" });
        expect(answer.status).toBe(404);
        expect(answer.json.error.code).toBe("NOT_FOUND");
      }
      expect((await api(user)("GET", "/api/tasks")).json.tasks).toEqual([]);
      expect((await api(user)("GET", "/api/conversations")).json.conversations).toEqual([]);
    });

    it.each([
      [{}, "message"],
      [{ message: "   " }, "message"],
      [{ message: "x".repeat(8001) }, "message"],
      [{ message: "hi", client_message_id: "x".repeat(101) }, "client_message_id"],
      [{ message: "hi", user_id: "someone" }, undefined],
    ])("refuses %j with 400 naming %s", async (body, field) => {
      const user = await signUp(server.url);
      const answer = await chat(user, body);
      expect(answer.status).toBe(400);
      expect(answer.json.error).toMatchObject({ code: "VALIDATION_ERROR" });
      expect(answer.json.error.field).toBe(field);
      expect((await api(user)("GET", "/api/conversations")).json.conversations).toEqual([]);
    });
  });

  describe("the conversations API", () => {
    let user: TestUser;
    const ids: string[] = [];
    beforeAll(async () => {
      user = await signUp(server.url);
      // Questions, not requests: a bare "first chat" would be added as a task, and the
      // conversation titled by that task's topic instead of its opening message.
      for (const message of ["show my tasks", "what's pending", "what have i finished"]) {
        ids.push((await chat(user, { message })).json.conversation_id);
      }
    });

    it("lists conversations newest first, paged with next_cursor", async () => {
      const all = await api(user)("GET", "/api/conversations");
      expect(all.status).toBe(200);
      expect(all.json.conversations.map((c: { id: string }) => c.id)).toEqual([...ids].reverse());
      expect(all.json.conversations[0]).toEqual({
        id: ids[2],
        title: "what have i finished",
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
      expect(all.json.next_cursor).toBeNull();

      const first = await api(user)("GET", "/api/conversations?limit=2");
      expect(first.json.conversations.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
      const second = await api(user)(
        "GET",
        `/api/conversations?limit=2&cursor=${encodeURIComponent(first.json.next_cursor)}`,
      );
      expect(second.json.conversations.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
      expect(second.json.next_cursor).toBeNull();
    });

    it("a new message moves its conversation to the top", async () => {
      await chat(user, { conversation_id: ids[0], message: "hello again" });
      const listed = await api(user)("GET", "/api/conversations");
      expect(listed.json.conversations[0].id).toBe(ids[0]);
      ids.push(ids.shift()!);
    });

    it("GET and PATCH one conversation", async () => {
      const got = await api(user)("GET", `/api/conversations/${ids[0]}`);
      expect(got.status).toBe(200);
      expect(got.json).toMatchObject({ id: ids[0], title: "what's pending" });
      const renamed = await api(user)("PATCH", `/api/conversations/${ids[0]}`, {
        title: "  Groceries  ",
      });
      expect(renamed.status).toBe(200);
      expect(renamed.json).toMatchObject({ id: ids[0], title: "Groceries" });
      expect((await api(user)("GET", `/api/conversations/${ids[0]}`)).json.title).toBe("Groceries");
      const empty = await api(user)("PATCH", `/api/conversations/${ids[0]}`, { title: "" });
      expect(empty.status).toBe(400);
      expect(empty.json.error.field).toBe("title");
    });

    it("lists messages oldest first, with the contract's fields, paged with next_cursor", async () => {
      const conversationId = ids[2]!; // "show my tasks", then "hello again"
      const all = await api(user)("GET", `/api/conversations/${conversationId}/messages`);
      expect(all.status).toBe(200);
      expect(all.json.messages.map((m: { role: string; content: string }) => m.role)).toEqual([
        "user",
        "assistant",
        "user",
        "assistant",
      ]);
      expect(all.json.messages[0]).toMatchObject({
        id: expect.stringMatching(UUID),
        role: "user",
        content: "show my tasks",
        tool_calls: [],
        created_at: expect.any(String),
      });
      expect(all.json.next_cursor).toBeNull();

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const suffix: string = cursor ? `&cursor=${cursor}` : "";
        const page = await api(user)(
          "GET",
          `/api/conversations/${conversationId}/messages?limit=3${suffix}`,
        );
        seen.push(...page.json.messages.map((m: { id: string }) => m.id));
        cursor = page.json.next_cursor;
      } while (cursor && seen.length < 10);
      expect(seen).toEqual(all.json.messages.map((m: { id: string }) => m.id));
    });

    it("DELETE removes the conversation and its messages: 204, then 404", async () => {
      const doomed = ids[1]!;
      const deleted = await api(user)("DELETE", `/api/conversations/${doomed}`);
      expect(deleted.status).toBe(204);
      expect((await api(user)("GET", `/api/conversations/${doomed}`)).status).toBe(404);
      expect((await api(user)("GET", `/api/conversations/${doomed}/messages`)).status).toBe(404);
      expect((await api(user)("DELETE", `/api/conversations/${doomed}`)).status).toBe(404);
      const listed = await api(user)("GET", "/api/conversations");
      expect(listed.json.conversations.map((c: { id: string }) => c.id)).not.toContain(doomed);
      // PGlite is held by the running server: there the API's 404s are the evidence.
      if (lane.name !== "pglite") {
        const [row] = await server.database.query<{ n: number }>(
          "select count(*)::int as n from messages where conversation_id = $1",
          [doomed],
        );
        expect(row?.n).toBe(0);
      }
    });

    it.each(["6f1c2a53-1d0e-4c9b-8d3e-2f4a5b6c7d8e", "nope"])(
      "a conversation that does not exist (%s) is 404 everywhere",
      async (id) => {
        for (const [method, path, body] of [
          ["GET", `/api/conversations/${id}`, undefined],
          ["PATCH", `/api/conversations/${id}`, { title: "x" }],
          ["DELETE", `/api/conversations/${id}`, undefined],
          ["GET", `/api/conversations/${id}/messages`, undefined],
        ] as const) {
          const answer = await api(user)(method, path, body);
          expect(answer.status, `${method} ${path}`).toBe(404);
          expect(answer.json.error.code).toBe("NOT_FOUND");
        }
      },
    );

    it.each(["limit=0", "limit=abc", "cursor=%%%"])("refuses ?%s with 400", async (query) => {
      expect((await api(user)("GET", `/api/conversations?${query}`)).status).toBe(400);
      expect(
        (await api(user)("GET", `/api/conversations/${ids[0]}/messages?${query}`)).status,
      ).toBe(400);
    });
  });

  describe("a conversation continued after the server restarts", () => {
    it("the new process reads the history from the database and resolves references", async () => {
      const user = await signUp(server.url);
      const first = await chat(user, { message: "add buy milk" });
      const conversation_id = first.json.conversation_id;
      const say = (message: string) => chat(user, { conversation_id, message });
      for (const message of ["add call mom", "add pay rent", "add walk the dog", "delete task 1"]) {
        expect((await say(message)).status).toBe(200);
      }
      const pending = await say("what's pending?");
      expect(pending.json.tool_calls[0].result.tasks.map((t: { id: number }) => t.id)).toEqual([
        2, 3, 4,
      ]);
      const added = await say("add a task to water the plants");
      expect(added.json.tool_calls[0].result).toMatchObject({ task_id: 5 });

      await server.stop();
      // With no server running, the rows themselves: every turn stored, tool calls as jsonb.
      const rows = await server.database.query<{ role: string; tool_calls: unknown; type: string }>(
        `select m.role, m.tool_calls, jsonb_typeof(m.tool_calls) as type
         from messages m where m.conversation_id = $1 order by m.seq`,
        [conversation_id],
      );
      expect(rows).toHaveLength(14);
      expect(rows.every((r) => r.type === "array")).toBe(true);
      expect(rows.filter((r) => r.role === "assistant")).toHaveLength(7);
      expect(rows.at(-1)!.tool_calls).toMatchObject([
        { name: "add_task", result: { task_id: 5, title: "Water the plants" } },
      ]);

      await server.restart();
      const done = await say("mark it done");
      expect(done.status).toBe(200);
      expect(done.json.tool_calls).toMatchObject([
        { name: "complete_task", arguments: { task_id: 5 }, result: { status: "completed" } },
      ]);
      // "The second one" of the list shown before the restart: [2, 3, 4] → task 3.
      const deleted = await say("delete the second one");
      expect(deleted.json.tool_calls).toMatchObject([
        {
          name: "delete_task",
          arguments: { task_id: 3 },
          result: { status: "deleted", title: "Pay rent" },
        },
      ]);
      const tasks = (await api(user)("GET", "/api/tasks")).json.tasks;
      expect(tasks.map((t: { id: number; completed: boolean }) => [t.id, t.completed])).toEqual([
        [2, false],
        [4, false],
        [5, true],
      ]);
      expect(await messagesOf(user, conversation_id)).toHaveLength(18);
    });
  });
});

describeEachLane((lane) => {
  describe("when the model is unavailable", () => {
    let deadPort: number;
    let user: TestUser;
    const api = () => apiAs(server.url, user);

    beforeAll(async () => {
      // An OpenAI-compatible endpoint where nothing listens: every model call fails.
      deadPort = await freePort();
    });
    const server = suiteLaneApp(lane, () => ({
      OPENAI_API_KEY: "sk-test-no-model-here",
      OPENAI_BASE_URL: `http://127.0.0.1:${deadPort}/v1`,
    }));
    beforeAll(async () => {
      user = await signUp(server.url);
    });

    it("answers 503 with a clear error, keeps the user message, and a retry later gets its answer", async () => {
      const failed = await api()("POST", `/api/${user.id}/chat`, {
        message: "add buy bread",
        client_message_id: "bread-1",
      });
      expect(failed.status).toBe(503);
      expect(failed.json).toEqual({
        error: { code: "MODEL_UNAVAILABLE", message: expect.stringMatching(/saved/) },
      });
      expect(failed.text).not.toMatch(/ECONNREFUSED|at .*\.js|sk-test/);

      const conversations = (await api()("GET", "/api/conversations")).json.conversations;
      expect(conversations).toHaveLength(1);
      const conversationId = conversations[0].id;
      const stored = (await api()("GET", `/api/conversations/${conversationId}/messages`)).json
        .messages;
      expect(stored).toMatchObject([{ role: "user", content: "add buy bread" }]);
      expect((await api()("GET", "/api/tasks")).json.tasks).toEqual([]);

      // The model is back (the local one, after a restart). The client never learned the
      // conversation's id (a 503 has none): its retry is answered in that conversation,
      // without a second conversation or a second copy of the message.
      await server.restart({});
      const retried = await api()("POST", `/api/${user.id}/chat`, {
        message: "add buy bread",
        client_message_id: "bread-1",
      });
      expect(retried.status).toBe(200);
      expect(retried.json.conversation_id).toBe(conversationId);
      expect((await api()("GET", "/api/conversations")).json.conversations).toHaveLength(1);
      expect(retried.json.tool_calls).toMatchObject([{ name: "add_task" }]);
      const after = (await api()("GET", `/api/conversations/${conversationId}/messages`)).json
        .messages;
      expect(after.map((m: { role: string }) => m.role)).toEqual(["user", "assistant"]);
      expect((await api()("GET", "/api/tasks")).json.tasks).toHaveLength(1);
    });
  });
});
