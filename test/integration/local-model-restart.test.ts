import { afterAll, expect, it } from "vitest";
import { createPgliteDir } from "../support/databases";
import { startServer, type RunningServer } from "../support/server";
import { apiAs, signUp } from "../support/users";

// "The second one" and "it" are resolved from the stored conversation only: they
// still work when the next message reaches a freshly started server process.

const data = createPgliteDir();
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
  data.remove();
});

it("resolves a position and a pronoun across a server restart", async () => {
  server = await startServer({ PGLITE_DIR: data.dir });
  const user = await signUp(server.url);
  let api = apiAs(server.url, user);
  for (const title of ["Buy milk", "Call mom", "Pay bills"]) {
    await api("POST", "/api/tasks", { title });
  }
  const listed = await api("POST", `/api/${user.id}/chat`, { message: "what's pending?" });
  // The list is the call's result (the chat shows it as a card); the answer counts it.
  expect(listed.json.response).toBe("You have 3 pending tasks.");
  expect(listed.json.tool_calls[0].result.tasks[1]).toMatchObject({ id: 2, title: "Call mom" });
  const conversation_id = listed.json.conversation_id;

  await server.stop();
  server = await startServer({ PGLITE_DIR: data.dir });
  api = apiAs(server.url, user);

  const deleted = await api("POST", `/api/${user.id}/chat`, {
    conversation_id,
    message: "delete the second one",
  });
  expect(deleted.status).toBe(200);
  expect(deleted.json.tool_calls.map((c: any) => [c.name, c.arguments])).toEqual([
    ["delete_task", { task_id: 2 }],
  ]);
  expect(deleted.json.response).toBe('Deleted task #2 "Call mom".');

  await api("POST", `/api/${user.id}/chat`, { conversation_id, message: "add buy bread" });
  const completed = await api("POST", `/api/${user.id}/chat`, {
    conversation_id,
    message: "actually mark it done",
  });
  expect(completed.json.tool_calls.map((c: any) => [c.name, c.arguments])).toEqual([
    ["complete_task", { task_id: 4 }],
  ]);
  const tasks = await api("GET", "/api/tasks");
  expect(tasks.json.tasks.map((t: any) => [t.id, t.title, t.completed])).toEqual([
    [1, "Buy milk", false],
    [3, "Pay bills", false],
    [4, "Buy bread", true],
  ]);
});
