import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { taskTools, type ToolResult } from "@/lib/tasks/task-tools";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { createMcpServer, toCallToolResult } from "./mcp-server";

describe("toCallToolResult", () => {
  it("gives the contract's result as structured content and as JSON text", () => {
    const result: ToolResult = { task_id: 3, status: "created", title: "Buy milk" };
    expect(toCallToolResult(result)).toEqual({
      content: [{ type: "text", text: JSON.stringify(result) }],
      structuredContent: result,
      isError: false,
    });
  });

  it("marks an error result (e.g. a missing task) as a tool error", () => {
    const result = { error: "task_not_found", task_id: 9 };
    expect(toCallToolResult(result)).toMatchObject({ structuredContent: result, isError: true });
  });
});

describe("the MCP tools' output schemas", () => {
  let client: Client;
  let listed: Map<string, Record<string, unknown> | undefined>;
  const validator = new AjvJsonSchemaValidator();
  const validates = (name: string, content: unknown) => {
    const schema = listed.get(name);
    if (!schema) throw new Error(`${name} lists no output schema`);
    return validator.getValidator(schema)(content).valid;
  };

  beforeAll(async () => {
    await migrateTestDatabase();
    const server = createMcpServer({ userId: await insertUser() });
    const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    client = new Client({ name: "output-schema-test", version: "1.0.0" });
    await client.connect(clientSide);
    const { tools } = await client.listTools();
    listed = new Map(tools.map((tool) => [tool.name, tool.outputSchema]));
  });

  afterAll(async () => {
    await client?.close();
  });

  it("lists an object output schema, result or error, for every tool", () => {
    expect([...listed.keys()]).toEqual(taskTools.map((tool) => tool.name));
    for (const schema of listed.values()) {
      expect(schema).toMatchObject({ type: "object", anyOf: [{}, {}] });
    }
  });

  it("answers structured content that validates against the listed schema, errors included", async () => {
    const calls: [string, Record<string, unknown>, boolean][] = [
      ["add_task", { title: "Buy milk", description: "2 litres" }, false],
      ["add_task", { title: "Call mom" }, false],
      ["list_tasks", {}, false],
      ["list_tasks", { status: "pending" }, false],
      ["update_task", { task_id: 2, title: "Call mom tonight" }, false],
      ["complete_task", { task_id: 1 }, false],
      ["delete_task", { task_id: 2 }, false],
      ["complete_task", { task_id: 9 }, true],
      ["delete_task", { task_id: 9 }, true],
      ["update_task", { task_id: 9, title: "Nine" }, true],
    ];
    for (const [name, args, isError] of calls) {
      const result = await client.callTool({ name, arguments: args });
      const label = `${name} ${JSON.stringify(args)}`;
      expect(Boolean(result.isError), label).toBe(isError);
      expect(result.structuredContent, label).toBeDefined();
      expect(validates(name, result.structuredContent), label).toBe(true);
      if (!isError) {
        // The registry's own (zod) schema accepts it too: the types hold end to end.
        const tool = taskTools.find((t) => t.name === name)!;
        expect(tool.outputSchema.safeParse(result.structuredContent).success, label).toBe(true);
      }
    }
  });

  it("the listed schemas tell one tool's result from another's and from junk", () => {
    const listResult = { tasks: [], total: 0 };
    const added = { task_id: 1, status: "created", title: "Buy milk" };
    expect(validates("list_tasks", listResult)).toBe(true);
    expect(validates("add_task", listResult)).toBe(false);
    expect(validates("add_task", added)).toBe(true);
    expect(validates("complete_task", added)).toBe(false);
    expect(validates("list_tasks", { tasks: "none", total: 0 })).toBe(false);
    expect(validates("delete_task", { error: 42 })).toBe(false);
  });
});
