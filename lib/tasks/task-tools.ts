import { z } from "zod";
import * as tasks from "@/db/tasks";
import { env } from "@/lib/env";
import { TaskLimitReachedError } from "@/lib/errors";
import { toListedTask } from "./task";
import { taskNumber, taskStatusFilter, taskToolFields } from "./task-fields";
import { statusFilter } from "./task-service";
import {
  toolResultSchemas,
  type TaskToolName,
  type ToolError,
  type ToolOutput,
  type ToolResult,
} from "./tool-results";

export type { TaskToolName, ToolResult } from "./tool-results";

/**
 * The one registry of task tools. The agent, the MCP server and ChatKit all serve
 * these definitions. No tool takes a user id: the user comes from `ToolContext`,
 * which the caller builds from the authenticated session.
 */
export interface ToolContext {
  userId: string;
}

export interface TaskTool<
  Name extends TaskToolName = TaskToolName,
  Input extends z.ZodObject = z.ZodObject,
> {
  name: Name;
  description: string;
  inputSchema: Input;
  /** What a successful call answers; any call may instead answer a `ToolError`. */
  outputSchema: (typeof toolResultSchemas)[Name];
  execute(context: ToolContext, input: z.output<Input>): Promise<ToolOutput<Name> | ToolError>;
}

const taskNotFound = (taskId: number): ToolError => ({ error: "task_not_found", task_id: taskId });

/**
 * Most tasks a list returns at once (the first page, oldest first); `total` still counts
 * them all, so an answer can say how many more there are. A page, not the whole list:
 * the result is sent to the model, stored with the answer and read back with the
 * history, so its size is paid on every later turn too (flat at 10,000 tasks).
 */
export const LIST_LIMIT = 50;

const taskId = taskNumber.describe("The task's number, e.g. 3 for task 3");

const addTask = defineTool({
  name: "add_task",
  description:
    'Create one new task. Title: the user\'s words for the task (no "add a task to"), keeping any date, time or priority words; extra detail goes in description. Call once per task when the user lists several.',
  inputSchema: z.strictObject(taskToolFields).partial().extend({ title: taskToolFields.title }),
  async execute({ userId }, fields) {
    try {
      const task = await tasks.insertTask(userId, fields, env().MAX_TASKS_PER_USER);
      return { task_id: task.number, status: "created", title: task.title };
    } catch (error) {
      if (!(error instanceof TaskLimitReachedError)) throw error;
      return { error: "task_limit_reached", message: error.message };
    }
  },
});

const listTasks = defineTool({
  name: "list_tasks",
  description:
    'List the user\'s tasks, oldest first, with their numbers. status: "all" (default), "pending" (not done) or "completed". Call it to find a task\'s number from its title words.',
  inputSchema: z.strictObject({
    status: taskStatusFilter.optional().describe('"all", "pending" or "completed"; default "all"'),
  }),
  async execute({ userId }, { status = "all" }) {
    const filter = statusFilter(status);
    const [rows, total] = await Promise.all([
      tasks.listTasks(userId, { ...filter, limit: LIST_LIMIT }),
      tasks.countTasks(userId, filter),
    ]);
    return { tasks: rows.map(toListedTask), total };
  },
});

const completeTask = defineTool({
  name: "complete_task",
  description:
    "Mark one of the user's tasks as completed, by its number (task_id). If you only know title words, find the number with list_tasks first; if several tasks match, ask which.",
  inputSchema: z.strictObject({ task_id: taskId }),
  async execute({ userId }, { task_id }) {
    const task = await tasks.updateTask(userId, task_id, { completed: true });
    if (!task) return taskNotFound(task_id);
    return { task_id, status: "completed", title: task.title };
  },
});

const deleteTask = defineTool({
  name: "delete_task",
  description:
    "Delete one of the user's tasks, by its number (task_id). If you only know title words, find the number with list_tasks first; if several tasks match, ask which.",
  inputSchema: z.strictObject({ task_id: taskId }),
  async execute({ userId }, { task_id }) {
    const task = await tasks.deleteTask(userId, task_id);
    if (!task) return taskNotFound(task_id);
    return { task_id, status: "deleted", title: task.title };
  },
});

const updateTask = defineTool({
  name: "update_task",
  description:
    "Change the title and/or description of one of the user's tasks, by its number (task_id). Only the fields given change.",
  inputSchema: z.strictObject({ task_id: taskId }).extend(z.object(taskToolFields).partial().shape),
  async execute({ userId }, { task_id, ...fields }) {
    const changes = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    ) as typeof fields;
    const task = Object.keys(changes).length
      ? await tasks.updateTask(userId, task_id, changes)
      : await tasks.findTask(userId, task_id);
    if (!task) return taskNotFound(task_id);
    return { task_id, status: "updated", title: task.title };
  },
});

function defineTool<Name extends TaskToolName, Input extends z.ZodObject>(
  tool: Omit<TaskTool<Name, Input>, "outputSchema">,
): TaskTool<Name, Input> {
  return { ...tool, outputSchema: toolResultSchemas[tool.name] };
}

export const taskTools = [addTask, listTasks, completeTask, deleteTask, updateTask] as const;

export function findTaskTool(name: string): TaskTool | undefined {
  return (taskTools as readonly TaskTool[]).find((tool) => tool.name === name);
}

/**
 * Runs a tool by name on untrusted input (from a model or an MCP client): the input
 * is validated here too, and a bad one is a result the caller can show, not a throw.
 */
export async function runTaskTool(
  context: ToolContext,
  name: string,
  input: unknown,
): Promise<ToolResult> {
  const tool = findTaskTool(name);
  if (!tool) return { error: "unknown_tool", name };
  const parsed = tool.inputSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      error: "invalid_input",
      message: `${issue?.path.join(".") || "input"}: ${issue?.message}`,
    };
  }
  return tool.execute(context, parsed.data);
}
