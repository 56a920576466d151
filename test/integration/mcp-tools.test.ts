import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { taskTools } from "@/lib/tasks/task-tools";
import packageJson from "@/package.json";
import { connectMcp, createApiKey } from "../support/mcp";
import { suiteLaneApp } from "../support/app-server";
import { describeEachLane, PGLITE_AND_PG } from "../support/lanes";
import { TASK_TOOL_NAMES, unsetRichFields } from "../support/task-json";
import { apiAs, signUp, type TestUser } from "../support/users";

/** The rich task fields, in the field set's order, and their values on a task that sets none. */
const RICH_FIELDS = ["due_date", "due_time", "priority", "tags", "recurrence", "remind_at"];
const UNSET = unsetRichFields();

describeEachLane((lane) => {
  describe("MCP task tools over Streamable HTTP", () => {
    const server = suiteLaneApp(lane);
    let user: TestUser;
    let mcp: Client;
    let api: ReturnType<typeof apiAs>;

    beforeAll(async () => {
      user = await signUp(server.url, "Ann");
      api = apiAs(server.url, user);
      mcp = await connectMcp(server.url, (await createApiKey(server.url, user)).key);
    });

    afterAll(async () => {
      await mcp?.close();
    });

    const call = async (name: string, args: Record<string, unknown>) =>
      (await mcp.callTool({ name, arguments: args })) as {
        structuredContent?: Record<string, unknown>;
        content: { type: string; text: string }[];
        isError?: boolean;
      };

    it("names itself and lists exactly the registry's six tools with its schemas", async () => {
      expect(mcp.getServerVersion()).toEqual({ name: "taskchat", version: packageJson.version });
      const { tools } = await mcp.listTools();
      expect(tools.map((t) => t.name)).toEqual(TASK_TOOL_NAMES);
      for (const definition of taskTools) {
        const listed = tools.find((t) => t.name === definition.name)!;
        expect(listed.description).toBe(definition.description);
        expect(listed.inputSchema).toEqual(
          z.toJSONSchema(definition.inputSchema, { target: "draft-7", io: "input" }),
        );
      }
      const add = tools.find((t) => t.name === "add_task")!;
      expect(add.inputSchema.required).toEqual(["title"]);
      expect(Object.keys(add.inputSchema.properties ?? {})).toEqual([
        "title",
        "description",
        ...RICH_FIELDS,
        "remind_before_minutes",
      ]);
      expect(add.inputSchema.additionalProperties).toBe(false);
      expect(add.inputSchema.properties).toMatchObject({
        title: { type: "string", minLength: 1, maxLength: 200 },
        description: { type: "string", maxLength: 2000 },
      });
      const complete = tools.find((t) => t.name === "complete_task")!;
      expect(complete.inputSchema.required).toEqual(["task_id"]);
      expect(add.title).toBe("Add task");
      expect(tools.find((t) => t.name === "list_tasks")!.annotations?.readOnlyHint).toBe(true);
      expect(tools.find((t) => t.name === "delete_task")!.annotations?.destructiveHint).toBe(true);
    });

    it("add_task creates the task in the user's list and answers the contract's result", async () => {
      const result = await call("add_task", { title: "  Buy groceries ", description: "milk" });
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toEqual({
        task_id: 1,
        status: "created",
        title: "Buy groceries",
        description: "milk",
        ...UNSET,
        completed: false,
        completed_at: null,
      });
      expect(JSON.parse(result.content[0]!.text)).toEqual(result.structuredContent);
      const stored = await api("GET", "/api/tasks/1");
      expect(stored.status).toBe(200);
      expect(stored.json).toMatchObject({
        id: 1,
        title: "Buy groceries",
        description: "milk",
        completed: false,
      });
    });

    it("list_tasks lists the tasks, filtered by status, with a total", async () => {
      await call("add_task", { title: "Call mom" });
      await api("PATCH", "/api/tasks/2", { completed: true });
      const all = await call("list_tasks", {});
      expect(all.structuredContent).toEqual({
        tasks: [
          {
            id: 1,
            title: "Buy groceries",
            description: "milk",
            ...UNSET,
            completed: false,
            completed_at: null,
          },
          {
            id: 2,
            title: "Call mom",
            description: null,
            ...UNSET,
            completed: true,
            completed_at: expect.stringMatching(/Z$/),
          },
        ],
        total: 2,
      });
      const pending = await call("list_tasks", { status: "pending" });
      expect(pending.structuredContent).toMatchObject({ total: 1, tasks: [{ id: 1 }] });
      const completed = await call("list_tasks", { status: "completed" });
      expect(completed.structuredContent).toMatchObject({ total: 1, tasks: [{ id: 2 }] });
    });

    it("complete_task marks the task completed", async () => {
      const result = await call("complete_task", { task_id: 1 });
      expect(result.structuredContent).toEqual({
        task_id: 1,
        status: "completed",
        title: "Buy groceries",
      });
      expect((await api("GET", "/api/tasks/1")).json.completed).toBe(true);
    });

    it("update_task changes the title and description", async () => {
      const result = await call("update_task", {
        task_id: 2,
        title: "Call mom tonight",
        description: "about Sunday",
      });
      expect(result.structuredContent).toEqual({
        task_id: 2,
        status: "updated",
        title: "Call mom tonight",
        description: "about Sunday",
        ...UNSET,
        completed: true,
        completed_at: expect.stringMatching(/Z$/),
        // What it said before: sent back, it undoes the change.
        previous: { title: "Call mom", description: null },
      });
      expect((await api("GET", "/api/tasks/2")).json).toMatchObject({
        title: "Call mom tonight",
        description: "about Sunday",
      });
    });

    it("delete_task deletes the task", async () => {
      const result = await call("delete_task", { task_id: 2 });
      expect(result.structuredContent).toEqual({
        task_id: 2,
        status: "deleted",
        title: "Call mom tonight",
      });
      expect((await api("GET", "/api/tasks/2")).status).toBe(404);
    });

    it("a missing task is a tool error with the contract's task_not_found result", async () => {
      for (const name of ["complete_task", "delete_task", "update_task"]) {
        const result = await call(name, { task_id: 2 });
        expect(result.isError).toBe(true);
        expect(result.structuredContent).toEqual({ error: "task_not_found", task_id: 2 });
        expect(JSON.parse(result.content[0]!.text)).toEqual(result.structuredContent);
      }
    });

    it("bad input is a tool error and writes nothing", async () => {
      const before = (await api("GET", "/api/tasks")).json.tasks;
      const bad = [
        { name: "add_task", args: { title: "   " } },
        { name: "add_task", args: { title: "x".repeat(201) } },
        { name: "add_task", args: { title: "Sneaky", user_id: "someone-else" } },
        { name: "complete_task", args: { task_id: "1" } },
        { name: "update_task", args: { task_id: 0, title: "Zero" } },
        { name: "list_tasks", args: { status: "done" } },
      ];
      for (const { name, args } of bad) {
        const result = await call(name, args);
        expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
        expect(result.content[0]!.text).toMatch(/invalid|must|expected/i);
      }
      expect((await api("GET", "/api/tasks")).json.tasks).toEqual(before);
    });

    it("an unknown tool is an error, not a crash", async () => {
      const result = await call("drop_all_tasks", {});
      expect(result.isError).toBe(true);
      expect((await api("GET", "/api/tasks")).json.tasks).toHaveLength(1);
    });
  });
}, PGLITE_AND_PG);
