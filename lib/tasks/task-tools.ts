import { z } from "zod";
import * as tasks from "@/db/tasks";
import { userTimeZone } from "@/db/accounts";
import { NotFoundError, TaskLimitReachedError, ValidationError } from "@/lib/errors";
import { addDays, wallClock, zonedInstant } from "@/lib/time/zoned-time";
import { asRecord } from "@/lib/validation/record";
import { toListedTask, toTask, type Task } from "./task";
import {
  newTaskToolFields,
  taskDueFilter,
  taskFields,
  taskNumber,
  taskPriority,
  taskSort,
  taskStatusFilter,
  taskTag,
  taskToolFields,
  type TaskFieldValues,
} from "./task-fields";
import {
  changeTask,
  completeTask as completeTaskOrRepeat,
  createTask,
  taskFilter,
} from "./task-service";
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

/** A task's fields as add_task and update_task answer them. */
function fieldsOf(task: Task): Omit<Task, "id" | "created_at" | "updated_at"> {
  const fields: Partial<Task> = { ...task };
  delete fields.id;
  delete fields.created_at;
  delete fields.updated_at;
  return fields as Omit<Task, "id" | "created_at" | "updated_at">;
}

const FIELD_NAMES = Object.keys(taskFields) as (keyof typeof taskFields)[];

/** The fields that differ between two versions of a task, with their values in `before`. */
function changedFrom(before: Task, after: Task): Partial<TaskFieldValues> | undefined {
  const previous: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    if (JSON.stringify(before[name]) !== JSON.stringify(after[name])) previous[name] = before[name];
  }
  return Object.keys(previous).length > 0 ? (previous as Partial<TaskFieldValues>) : undefined;
}

const FIELD_RULES =
  "Put dates, times, priorities, tags and repeats in their fields, never in the title. due_date and due_time are in the user's time zone.";

const addTask = defineTool({
  name: "add_task",
  description: `Create one new task. Title: what to do, in the user's words (no "add a task to"), without the date, time, priority or tag words; extra detail goes in description. ${FIELD_RULES} Call once per task when the user lists several.`,
  inputSchema: z
    .strictObject(newTaskToolFields)
    .partial()
    .extend({ title: newTaskToolFields.title })
    .superRefine(needsDueDate),
  async execute({ userId }, { remind_at, remind_before_minutes, ...fields }) {
    const reminder = await reminderInstant(userId, { remind_at, remind_before_minutes }, fields);
    try {
      const task = await createTask(userId, {
        ...fields,
        ...(reminder !== undefined && { remind_at: reminder }),
      });
      return { task_id: task.id, status: "created", ...fieldsOf(task) };
    } catch (error) {
      if (!(error instanceof TaskLimitReachedError)) throw error;
      return { error: "task_limit_reached", message: error.message };
    }
  },
});

const listTasks = defineTool({
  name: "list_tasks",
  description:
    'List the user\'s tasks with their numbers and every field. Filters combine: status ("all" default, "pending", "completed"); due ("today" = due today plus overdue, "overdue", "upcoming" = the next 7 days, "none", "any"); priority; tag; query (words in the title or description, typos tolerated). sort: "number" (default), "due", "priority", "created", "title". Call it to find a task\'s number from its title words.',
  inputSchema: z.strictObject({
    status: taskStatusFilter.optional().describe('"all", "pending" or "completed"; default "all"'),
    due: taskDueFilter.optional().describe('"today", "overdue", "upcoming", "none" or "any"'),
    priority: taskPriority.optional().describe('"none", "low", "medium" or "high"'),
    tag: taskTag.optional().describe("Only tasks with this tag"),
    query: z.string().trim().min(1).max(200).optional().describe("Words to search for"),
    sort: taskSort.optional().describe('"number", "due", "priority", "created" or "title"'),
  }),
  async execute({ userId }, { query, sort = "number", ...words }) {
    const filter = await taskFilter(userId, { ...words, search: query });
    const [rows, total] = await Promise.all([
      tasks.listTasks(userId, { ...filter, sort, limit: LIST_LIMIT }),
      tasks.countTasks(userId, filter),
    ]);
    return { tasks: rows.map(toListedTask), total };
  },
});

const completeTask = defineTool({
  name: "complete_task",
  description:
    "Mark one of the user's tasks as completed, by its number (task_id). A repeating task moves to its next date and stays open; the result's next_due_date says which. If you only know title words, find the number with list_tasks first; if several tasks match, ask which.",
  inputSchema: z.strictObject({ task_id: taskId }),
  async execute({ userId }, { task_id }) {
    const { row, nextDueDate } = await completeTaskOrRepeat(userId, task_id);
    return {
      task_id,
      status: "completed",
      title: row.title,
      ...(nextDueDate && { next_due_date: nextDueDate }),
    };
  },
});

/** A tool that moves one task, by its number, in or out of the recently deleted. */
function deletionTool<Name extends "delete_task" | "restore_task">(
  name: Name,
  status: ToolOutput<Name>["status"],
  description: string,
  act: (userId: string, number: number) => Promise<{ title: string } | undefined>,
) {
  return defineTool({
    name,
    description,
    inputSchema: z.strictObject({ task_id: taskId }),
    async execute({ userId }, { task_id }) {
      const task = await act(userId, task_id);
      if (!task) return taskNotFound(task_id);
      return { task_id, status, title: task.title } as ToolOutput<Name>;
    },
  });
}

const deleteTask = deletionTool(
  "delete_task",
  "deleted",
  "Delete one of the user's tasks, by its number (task_id). It can be brought back with restore_task for 30 days. If you only know title words, find the number with list_tasks first; if several tasks match, ask which.",
  tasks.deleteTask,
);

const updateTask = defineTool({
  name: "update_task",
  description: `Change fields of one of the user's tasks, by its number (task_id). Only the fields given change; null clears a field (due_date null also clears due_time and recurrence). completed: false reopens a completed task. Never put a date or time in the title: a new time goes in due_time, a new day in due_date. ${FIELD_RULES}`,
  inputSchema: z
    .strictObject({ task_id: taskId })
    .extend(z.object(taskToolFields).partial().shape)
    .extend({
      completed: z.literal(false).optional().describe("false reopens a completed task"),
    }),
  async execute({ userId }, { task_id, completed, remind_at, remind_before_minutes, ...input }) {
    const fields = Object.fromEntries(
      Object.entries(input).filter(([, value]) => value !== undefined),
    ) as typeof input;
    const current = await tasks.findTask(userId, task_id);
    if (!current) return taskNotFound(task_id);
    // "make it 5pm" on a task with no day: the next 5pm (today, or tomorrow once it passed).
    if (fields.due_time && fields.due_date === undefined && !current.due_date) {
      fields.due_date = await nextDayAt(userId, fields.due_time);
    }
    const due = {
      due_date: fields.due_date === undefined ? current.due_date : fields.due_date,
      due_time: fields.due_time === undefined ? current.due_time : fields.due_time,
    };
    const reminder = await reminderInstant(userId, { remind_at, remind_before_minutes }, due);
    const changes = { ...fields, ...(reminder !== undefined && { remind_at: reminder }) };
    const { row } = await changeTask(userId, task_id, { ...changes, completed });
    const task = toTask(row);
    const status = completed === false ? "reopened" : "updated";
    const previous = changedFrom(toTask(current), task);
    return { task_id, status, ...fieldsOf(task), ...(previous && { previous }) };
  },
});

const restoreTask = deletionTool(
  "restore_task",
  "restored",
  "Bring back a task the user deleted in the last 30 days (undo a delete), by its number (task_id). It keeps its number.",
  tasks.restoreTask,
);

/** The user's next day on which `time` (HH:MM, their zone) is still ahead. */
async function nextDayAt(userId: string, time: string): Promise<string> {
  const now = wallClock(new Date(), await userTimeZone(userId));
  return time > now.time ? now.date : addDays(now.date, 1);
}

/** A time or a repeat needs its day; so does a reminder relative to it. */
function needsDueDate(
  input: {
    due_date?: string;
    due_time?: string;
    recurrence?: string;
    remind_before_minutes?: number;
  },
  context: z.RefinementCtx,
) {
  if (input.due_date) return;
  for (const field of ["due_time", "recurrence", "remind_before_minutes"] as const) {
    if (input[field] !== undefined) {
      context.addIssue({ code: "custom", path: [field], message: "needs a due_date" });
    }
  }
}

/**
 * The reminder instant a tool's words name, in the user's zone: a local `remind_at`, or
 * `remind_before_minutes` before the due moment (09:00 for a task without a time).
 * Undefined when neither is given; null clears.
 */
async function reminderInstant(
  userId: string,
  words: { remind_at?: string | null; remind_before_minutes?: number | null },
  due: { due_date?: string | null; due_time?: string | null },
): Promise<string | null | undefined> {
  const { remind_at, remind_before_minutes } = words;
  if (remind_at !== undefined && remind_before_minutes !== undefined) {
    throw new ValidationError("Give remind_at or remind_before_minutes, not both.", "remind_at");
  }
  if (remind_at === null || remind_before_minutes === null) return null;
  if (remind_at === undefined && remind_before_minutes === undefined) return undefined;
  const zone = await userTimeZone(userId);
  if (remind_at !== undefined) {
    return zonedInstant(remind_at.slice(0, 10), remind_at.slice(11), zone).toISOString();
  }
  if (!due.due_date) {
    throw new ValidationError("remind_before_minutes: needs a due_date.", "remind_before_minutes");
  }
  const dueMoment = zonedInstant(due.due_date, due.due_time ?? DEFAULT_REMINDER_TIME, zone);
  return new Date(dueMoment.getTime() - remind_before_minutes! * 60_000).toISOString();
}

/** The wall-clock time a reminder relative to an all-day task counts from. */
export const DEFAULT_REMINDER_TIME = "09:00";

function defineTool<Name extends TaskToolName, Input extends z.ZodObject>(
  tool: Omit<TaskTool<Name, Input>, "outputSchema">,
): TaskTool<Name, Input> {
  return {
    ...tool,
    outputSchema: toolResultSchemas[tool.name],
    // Every caller (the agent calls `execute` directly) gets these as results.
    execute: async (context, input) => {
      try {
        return await tool.execute(context, input);
      } catch (error) {
        return domainResult(error, input);
      }
    },
  };
}

/**
 * The service's checks that need the stored task (a time without a date) and a task
 * gone between two steps are results the model can act on, like bad input.
 */
function domainResult(error: unknown, input: unknown): ToolError {
  const taskId = asRecord(input).task_id;
  if (error instanceof NotFoundError && typeof taskId === "number") return taskNotFound(taskId);
  if (error instanceof ValidationError) return { error: "invalid_input", message: error.message };
  throw error;
}

export const taskTools = [
  addTask,
  listTasks,
  completeTask,
  deleteTask,
  updateTask,
  restoreTask,
] as const;

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
