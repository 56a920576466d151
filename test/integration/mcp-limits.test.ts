import { describe, expect, it } from "vitest";
import { createApiKey, postMcp } from "../support/mcp";
import { apiAs, signUp, type TestUser } from "../support/users";
import { suiteApp } from "../support/app-server";

const MAX_TASKS = 5;

const addTask = (id: number, title: string) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name: "add_task", arguments: { title } },
});
const listTasks = (id: number) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name: "list_tasks", arguments: {} },
});

/** Limits that used to multiply: batches, keys, tasks (see docs/security.md). */
describe("MCP and task limits", () => {
  const server = suiteApp({ lane: "pglite", env: { MAX_TASKS_PER_USER: String(MAX_TASKS) } });

  it("counts each call of a JSON-RPC batch against the key's limit (240 a minute)", async () => {
    const user = await signUp(server.url);
    const { key } = await createApiKey(server.url, user);
    const authorization = `Bearer ${key}`;
    const batch = (size: number, from: number) =>
      Array.from({ length: size }, (_, i) => listTasks(from + i));

    // (The SDK itself takes at most 100 messages in one batch.)
    for (const from of [1, 101]) {
      const batchOf100 = await postMcp(server.url, { authorization }, batch(100, from));
      expect(batchOf100.status).toBe(200);
      expect(await batchOf100.json()).toHaveLength(100);
    }
    // 200 + 50 > 240: refused as a whole, though it is only the third request.
    const third = await postMcp(server.url, { authorization }, batch(50, 1000));
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await third.json()).error.code).toBe("RATE_LIMITED");
    // What is left of the allowance still serves a smaller batch.
    const fourth = await postMcp(server.url, { authorization }, batch(40, 2000));
    expect(fourth.status).toBe(200);
    // A batch larger than the whole allowance can never pass: 400, not 429.
    const other = await createApiKey(server.url, user, "second key");
    const huge = await postMcp(
      server.url,
      { authorization: `Bearer ${other.key}` },
      batch(241, 3000),
    );
    expect(huge.status).toBe(400);
    expect((await huge.json()).error.code).toBe("VALIDATION_ERROR");
  });

  it("caps tasks per user (MAX_TASKS_PER_USER) with 409 on the API and a tool error on MCP", async () => {
    const user: TestUser = await signUp(server.url);
    const api = apiAs(server.url, user);
    for (let i = 1; i <= MAX_TASKS; i++) {
      expect((await api("POST", "/api/tasks", { title: `task ${i}` })).status).toBe(201);
    }
    const refused = await api("POST", "/api/tasks", { title: "one too many" });
    expect(refused.status).toBe(409);
    expect(refused.json).toEqual({
      error: { code: "TASK_LIMIT_REACHED", message: expect.stringMatching(/5 tasks/) },
    });

    const { key } = await createApiKey(server.url, user);
    const viaMcp = await postMcp(server.url, { authorization: `Bearer ${key}` }, addTask(1, "x"));
    const { result } = await viaMcp.json();
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ error: "task_limit_reached" });

    // A batch cannot squeeze past it either, and no number was used up.
    await api("DELETE", "/api/tasks/5");
    const batch = await postMcp(server.url, { authorization: `Bearer ${key}` }, [
      addTask(1, "a"),
      addTask(2, "b"),
      addTask(3, "c"),
    ]);
    const answers = (await batch.json()) as { result: { isError?: boolean } }[];
    expect(answers.filter((a) => !a.result.isError)).toHaveLength(1);
    const titles = (await api("GET", "/api/tasks")).json.tasks.map((t: { id: number }) => t.id);
    expect(titles).toEqual([1, 2, 3, 4, 6]);
  });

  it("logs each refused key in one line, and not every time", async () => {
    const before = server.output().length;
    for (let i = 0; i < 30; i++) {
      const response = await postMcp(server.url, {
        authorization: `Bearer tc_${"x".repeat(48)}${i}`,
      });
      expect(response.status).toBe(401);
    }
    const logged = server.output().slice(before);
    const lines = logged.split("\n").filter((line) => line.trim());
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(logged).not.toMatch(/^\s+at /m); // no stack traces
    expect(logged).toMatch(/refused an MCP API key/);
  });
});
