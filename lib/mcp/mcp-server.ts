import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult, ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { toApiError } from "@/lib/http/errors";
import { withUserSlot } from "@/lib/server/user-slots";
import {
  runTaskTool,
  taskTools,
  type TaskTool,
  type TaskToolName,
  type ToolContext,
  type ToolResult,
} from "@/lib/tasks/task-tools";
import { toolErrorSchema } from "@/lib/tasks/tool-results";
import packageJson from "@/package.json";

export const MCP_SERVER_INFO = { name: "taskchat", version: packageJson.version };

// How clients present each tool: a display title, and hints for clients that ask before
// running one (a read-only tool needs no approval; a destructive one deserves a warning).
const changing = (title: string, hints: { destructiveHint: boolean; idempotentHint: boolean }) => ({
  title,
  annotations: { readOnlyHint: false, ...hints },
});
const PRESENTATION: Record<TaskToolName, { title: string; annotations: ToolAnnotations }> = {
  add_task: changing("Add task", { destructiveHint: false, idempotentHint: false }),
  list_tasks: { title: "List tasks", annotations: { readOnlyHint: true } },
  // Not idempotent: completing a repeating task twice moves it on twice.
  complete_task: changing("Complete task", { destructiveHint: false, idempotentHint: false }),
  update_task: changing("Update task", { destructiveHint: false, idempotentHint: true }),
  delete_task: changing("Delete task", { destructiveHint: true, idempotentHint: false }),
  restore_task: changing("Restore task", { destructiveHint: false, idempotentHint: true }),
};

/**
 * One MCP server for one request (stateless), serving the task tool registry for the
 * key's owner. Names, descriptions, input and output schemas are the registry's own;
 * the SDK validates input against them before a tool runs, and a result against the
 * output schema before it is sent.
 */
export function createMcpServer(context: ToolContext): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, {
    instructions:
      "Manage the Taskchat todo list of this API key's owner. Tasks are numbered 1, 2, 3 … per person; use those numbers as task_id.",
  });
  for (const tool of taskTools as readonly TaskTool[]) {
    server.registerTool(
      tool.name,
      {
        ...PRESENTATION[tool.name as TaskToolName],
        description: tool.description,
        inputSchema: tool.inputSchema,
        outputSchema: OUTPUT_SCHEMAS.get(tool.name),
      },
      // Each call takes one of the user's slots: a batch runs a few at a time, not all at once.
      async (input) =>
        runSafely(() => withUserSlot(context.userId, () => runTaskTool(context, tool.name, input))),
    );
  }
  return server;
}

/**
 * The output schema a client sees: the tool's result or a tool error. MCP wants one
 * object schema per tool and the SDK's client checks every `structuredContent` against
 * it, error results included, so the schema lists both. The SDK only accepts a zod
 * object and would list a union as nothing: an open object carries the union as its
 * JSON Schema (`anyOf`) and checks it with a refinement.
 */
function resultOrErrorSchema(tool: TaskTool) {
  const either = z.union([tool.outputSchema, toolErrorSchema]);
  const { anyOf } = z.toJSONSchema(either, { target: "draft-7", io: "output" });
  return z
    .looseObject({})
    .refine((value) => either.safeParse(value).success, "does not match the tool's result")
    .meta({ anyOf });
}

// Built once: every request makes its own server from the same registry.
const OUTPUT_SCHEMAS = new Map(
  (taskTools as readonly TaskTool[]).map((tool) => [tool.name, resultOrErrorSchema(tool)]),
);

/**
 * The contract's result as structured content and as JSON text (for clients that read
 * only text). A result with `error` (e.g. `task_not_found`) is a tool error, so the
 * model sees that the call did not do what it asked.
 */
export function toCallToolResult(result: ToolResult): CallToolResult {
  return {
    content: [{ type: "text", text: JSON.stringify(result) }],
    structuredContent: result,
    isError: "error" in result,
  };
}

// The SDK would put an exception's message (which may hold SQL) in the result.
async function runSafely(run: () => Promise<ToolResult>): Promise<CallToolResult> {
  try {
    return toCallToolResult(await run());
  } catch (error) {
    const apiError = toApiError(error);
    return toCallToolResult({ error: apiError.code.toLowerCase(), message: apiError.message });
  }
}
