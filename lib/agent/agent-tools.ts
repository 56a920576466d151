import { tool, type FlexibleSchema, type Tool, type ToolSet } from "ai";

// No per-call context: the user is bound by closure instead.
type Context = Record<string, never>;
import {
  taskTools,
  type TaskTool,
  type ToolContext,
  type ToolResult,
} from "@/lib/tasks/task-tools";

type ToolInput = Record<string, unknown>;

/** The task tool registry as AI SDK tools, each bound to the acting user by closure. */
export function agentTools(context: ToolContext): ToolSet {
  return Object.fromEntries(
    taskTools.map((definition) => [definition.name, bind(definition as TaskTool, context)]),
  );
}

function bind(definition: TaskTool, context: ToolContext): Tool<ToolInput, ToolResult, Context> {
  return tool<ToolInput, ToolResult, Context>({
    description: definition.description,
    // The AI SDK validates the model's input against this schema before `execute`.
    inputSchema: definition.inputSchema as FlexibleSchema<ToolInput>,
    execute: (input) => definition.execute(context, input),
  });
}
