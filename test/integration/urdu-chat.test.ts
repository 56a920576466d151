import { afterAll, beforeAll, expect, it } from "vitest";
import { createLaneDatabase, describeEachLane, type LaneDatabase } from "@/test/support/lanes";
import { startApp } from "@/test/support/app-server";
import type { RunningServer } from "@/test/support/server";
import { apiAs, signUp } from "@/test/support/users";

// An Urdu conversation end to end on the chat endpoint, on every database lane: add in
// Urdu script, list, complete by position in Roman Urdu, delete; each answer in the
// script the message was written in, and the list in the database as asked.

const URDU_SCRIPT = /[\u0600-\u06FF]/u;

describeEachLane((lane) => {
  let database: LaneDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await createLaneDatabase(lane);
    server = (await startApp({ database })).server;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.remove();
  });

  it("manages a list in Urdu script and Roman Urdu, answering in the script of each message", async () => {
    const user = await signUp(server.url);
    const api = apiAs(server.url, user);
    let conversation_id: string | undefined;
    const say = async (message: string) => {
      const answer = await api("POST", `/api/${user.id}/chat`, { conversation_id, message });
      expect(answer.status).toBe(200);
      conversation_id = answer.json.conversation_id;
      return answer.json as {
        response: string;
        tool_calls: { name: string; arguments: Record<string, unknown>; result: unknown }[];
      };
    };
    const changes = (answer: Awaited<ReturnType<typeof say>>) =>
      answer.tool_calls.filter((c) => c.name !== "list_tasks").map((c) => [c.name, c.arguments]);
    const tasks = async () =>
      (
        (await api("GET", "/api/tasks")).json.tasks as {
          id: number;
          title: string;
          completed: boolean;
        }[]
      ).map((t) => [t.id, t.title, t.completed]);

    const added = await say("دودھ خریدنے کا کام شامل کرو");
    expect(changes(added)).toEqual([["add_task", { title: "دودھ خریدنا" }]]);
    expect(added.response).toBe('کام #1 "دودھ خریدنا" شامل کر دیا۔');

    const second = await say("kal shaam 5 baje ammi ko call karna add kar do");
    expect(changes(second)).toEqual([
      ["add_task", expect.objectContaining({ title: "Ammi ko call karna", due_time: "17:00" })],
    ]);
    expect(second.response).toMatch(/^Kaam #2 "Ammi ko call karna" add kar diya/);
    expect(second.response).not.toMatch(URDU_SCRIPT);

    const listed = await say("میرے کام دکھاؤ");
    expect(listed.tool_calls.map((c) => c.name)).toEqual(["list_tasks"]);
    // The card is the list (decision 019): the answer counts, the list's rows name the tasks.
    expect(listed.response).toBe("آپ کے 2 کام ہیں۔");
    const rows = (listed.tool_calls[0]!.result as { tasks: { id: number; title: string }[] }).tasks;
    expect(rows.map((t) => [t.id, t.title])).toEqual([
      [1, "دودھ خریدنا"],
      [2, "Ammi ko call karna"],
    ]);

    const completed = await say("doosra kaam ho gaya");
    expect(changes(completed)).toEqual([["complete_task", { task_id: 2 }]]);
    expect(completed.response).toBe('Kaam #2 "Ammi ko call karna" mukammal ho gaya. Shabash!');

    const deleted = await say("کام ۱ ہٹا دو");
    expect(changes(deleted)).toEqual([["delete_task", { task_id: 1 }]]);
    expect(deleted.response).toBe('کام #1 "دودھ خریدنا" ہٹا دیا۔');

    expect(await tasks()).toEqual([[2, "Ammi ko call karna", true]]);

    const foreign = await say("añade comprar leche");
    expect(changes(foreign)).toEqual([]);
    expect(foreign.response).toContain("English, Urdu (اردو) and Roman Urdu");
    expect(await tasks()).toEqual([[2, "Ammi ko call karna", true]]);
  });
});
