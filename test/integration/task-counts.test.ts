import { expect, it } from "vitest";
import { suiteLaneApp } from "@/test/support/app-server";
import { describeEachLane } from "@/test/support/lanes";
import { apiAs, signUp, type TestUser } from "@/test/support/users";

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * A chat list's "N tasks" comes from counts a trigger keeps beside the user's task
 * counter (migration 0008), not from counting rows. Under concurrent adds, completions,
 * deletes and restores they must still equal the rows, on every driver.
 */
describeEachLane((lane) => {
  const server = suiteLaneApp(lane);

  it(`${lane.name}: after concurrent adds, completions, deletes and restores, the chat's counts equal the rows`, async () => {
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    const ok = async (answer: Promise<{ status: number; text: string }>) => {
      const { status, text } = await answer;
      expect(status, text).toBeLessThan(300);
    };
    await Promise.all(range(1, 30).map((i) => ok(api("POST", "/api/tasks", { title: `t${i}` }))));
    await Promise.all([
      ...range(1, 8).map((n) => ok(api("DELETE", `/api/tasks/${n}`))),
      ...range(9, 16).map((n) => ok(api("PATCH", `/api/tasks/${n}`, { completed: true }))),
      ...range(31, 40).map((i) => ok(api("POST", "/api/tasks", { title: `t${i}` }))),
    ]);
    await Promise.all([
      ...range(1, 3).map((n) => ok(api("POST", `/api/tasks/${n}/restore`))),
      ...range(17, 20).map((n) => ok(api("DELETE", `/api/tasks/${n}`))),
      ...range(9, 10).map((n) => ok(api("PATCH", `/api/tasks/${n}`, { completed: false }))),
      ...range(41, 45).map((i) => ok(api("POST", "/api/tasks", { title: `t${i}` }))),
    ]);

    // The rows, listed in full.
    const rows = async (status: string) =>
      ((await api("GET", `/api/tasks?status=${status}&limit=500`)).json.tasks as unknown[]).length;
    const expected = { all: 45 - 8 + 3 - 4, pending: 0, completed: 8 - 2 - 0 };
    expected.pending = expected.all - expected.completed;
    expect({
      all: await rows("all"),
      pending: await rows("pending"),
      completed: await rows("completed"),
    }).toEqual(expected);

    // The chat's list tool reports the kept counts as its total.
    expect(await chatTotal(server.url, user, "show all my tasks")).toBe(expected.all);
    expect(await chatTotal(server.url, user, "show my completed tasks")).toBe(expected.completed);
    expect(await chatTotal(server.url, user, "show my pending tasks")).toBe(expected.pending);
  });
});

async function chatTotal(url: string, user: TestUser, message: string): Promise<number> {
  const answer = await apiAs(url, user)("POST", `/api/${user.id}/chat`, { message });
  expect(answer.status, answer.text).toBe(200);
  const calls = answer.json.tool_calls as { name: string; result: { total: number } }[];
  const list = calls.find((call) => call.name === "list_tasks");
  expect(list, answer.text).toBeDefined();
  return list!.result.total;
}
