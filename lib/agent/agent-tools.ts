import { asSchema, tool, type Schema, type Tool, type ToolSet } from "ai";

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

/**
 * Each tool's input schema as the AI SDK uses it, made once per process: the SDK sends
 * the model a JSON Schema of it, converted from zod on first use and kept by this
 * wrapper. Wrapped anew for every turn, the conversion ran for every tool on every turn
 * (~6 ms of a turn's CPU).
 */
const inputSchemas = new Map<TaskTool, Schema<ToolInput>>();

function inputSchemaOf(definition: TaskTool): Schema<ToolInput> {
  let schema = inputSchemas.get(definition);
  if (!schema) {
    schema = asSchema(definition.inputSchema) as Schema<ToolInput>;
    inputSchemas.set(definition, schema);
  }
  return schema;
}

function bind(definition: TaskTool, context: ToolContext): Tool<ToolInput, ToolResult, Context> {
  return tool<ToolInput, ToolResult, Context>({
    description: definition.description,
    // The AI SDK validates the model's input against this schema before `execute`.
    inputSchema: inputSchemaOf(definition),
    execute: (input) => definition.execute(context, input),
  });
}
