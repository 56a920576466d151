import { z } from "zod";
import * as tasks from "@/db/tasks";
import { taskDescription, taskNumber, taskStatusFilter, taskTitle } from "./task";

/**
 * The one registry of task tools. The agent, the MCP server and ChatKit all serve
 * these definitions. No tool takes a user id: the user comes from `ToolContext`,
 * which the caller builds from the authenticated session.
 */
export interface ToolContext {
  userId: string;
}

export interface TaskTool<Schema extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  inputSchema: Schema;
  execute(context: ToolContext, input: z.infer<Schema>): Promise<ToolResult>;
}

export type ToolResult = Record<string, unknown>;

const taskNotFound = (taskId: number) => ({ error: "task_not_found", task_id: taskId });

/**
 * Most tasks a list returns at once (the first page, oldest first); `total` still counts
 * them all, so an answer can say how many more there are. A page, not the whole list:
 * the result is sent to the model, stored with the answer and read back with the
 * history, so its size is paid on every later turn too (flat at 10,000 tasks).
 */
export const LIST_LIMIT = 50;

const addTask = defineTool({
  name: "add_task",
  description:
    'Create one new task. Title: the user\'s words for the task (no "add a task to"), keeping any date, time or priority words; extra detail goes in description. Call once per task when the user lists several.',
  inputSchema: z.strictObject({
    title: taskTitle.describe("Short title of the task, 1-200 characters"),
    description: taskDescription
      .optional()
      .describe("Optional longer details, up to 2000 characters"),
  }),
  async execute({ userId }, { title, description }) {
    const task = await tasks.insertTask(userId, { title, description: description ?? null });
    return { task_id: task.number, status: "created", title: task.title };
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
    const [rows, total] = await Promise.all([
      tasks.listTasks(userId, { status, limit: LIST_LIMIT }),
      tasks.countTasks(userId, status),
    ]);
    return {
      tasks: rows.map((t) => ({
        id: t.number,
        title: t.title,
        description: t.description,
        completed: t.completed,
      })),
      total,
    };
  },
});

const completeTask = defineTool({
  name: "complete_task",
  description:
    "Mark one of the user's tasks as completed, by its number (task_id). If you only know title words, find the number with list_tasks first; if several tasks match, ask which.",
  inputSchema: z.strictObject({
    task_id: taskNumber.describe("The task's number, e.g. 3 for task 3"),
  }),
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
  inputSchema: z.strictObject({
    task_id: taskNumber.describe("The task's number, e.g. 3 for task 3"),
  }),
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
  inputSchema: z.strictObject({
    task_id: taskNumber.describe("The task's number, e.g. 3 for task 3"),
    title: taskTitle.optional().describe("The new title"),
    description: taskDescription.optional().describe("The new description"),
  }),
  async execute({ userId }, { task_id, title, description }) {
    const changes = {
      ...(title !== undefined && { title }),
      ...(description !== undefined && { description }),
    };
    const task = Object.keys(changes).length
      ? await tasks.updateTask(userId, task_id, changes)
      : await tasks.findTask(userId, task_id);
    if (!task) return taskNotFound(task_id);
    return { task_id, status: "updated", title: task.title };
  },
});

function defineTool<Schema extends z.ZodObject>(tool: TaskTool<Schema>): TaskTool<Schema> {
  return tool;
}

export const taskTools = [addTask, listTasks, completeTask, deleteTask, updateTask] as const;

export type TaskToolName = (typeof taskTools)[number]["name"];

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
