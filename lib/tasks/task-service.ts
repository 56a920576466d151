import { z } from "zod";
import * as tasks from "@/db/tasks";
import { env } from "@/lib/env";
import { NotFoundError, ValidationError } from "@/lib/errors";
import {
  CreateTaskSchema,
  UpdateTaskSchema,
  taskNumber,
  taskStatusFilter,
  type TaskStatusFilter,
} from "./task-fields";
import { toTask, type Task } from "./task";

/**
 * The task API's operations, shared by the REST routes and the UI's server code. They
 * throw domain errors (lib/errors); lib/http maps them to statuses.
 */

export const ListTasksQuerySchema = z.object({
  status: taskStatusFilter.default("all"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z
    .string()
    .regex(/^\d{1,10}$/, "must be a next_cursor value from an earlier page")
    .optional(),
});

/** The database filter for a status word: "all" filters nothing. */
export function statusFilter(status: TaskStatusFilter): tasks.TaskFilter {
  return status === "all" ? {} : { completed: status === "completed" };
}

export async function createTask(
  userId: string,
  input: z.output<typeof CreateTaskSchema>,
): Promise<Task> {
  return toTask(await tasks.insertTask(userId, input, env().MAX_TASKS_PER_USER));
}

export async function listTaskPage(
  userId: string,
  query: z.output<typeof ListTasksQuerySchema>,
): Promise<{ tasks: Task[]; next_cursor: string | null }> {
  // One extra row tells whether another page exists.
  const rows = await tasks.listTasks(userId, {
    ...statusFilter(query.status),
    afterNumber: query.cursor === undefined ? undefined : Number(query.cursor),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const next = rows.length > query.limit ? String(page.at(-1)!.number) : null;
  return { tasks: page.map(toTask), next_cursor: next };
}

export async function getTask(userId: string, number: number): Promise<Task> {
  const row = await tasks.findTask(userId, number);
  if (!row) throw new NotFoundError("Task");
  return toTask(row);
}

export async function patchTask(
  userId: string,
  number: number,
  changes: z.output<typeof UpdateTaskSchema>,
): Promise<Task> {
  const row = await tasks.updateTask(userId, number, changes);
  if (!row) throw new NotFoundError("Task");
  return toTask(row);
}

export async function removeTask(userId: string, number: number): Promise<void> {
  if (!(await tasks.deleteTask(userId, number))) throw new NotFoundError("Task");
}

/** A task id from a URL path: a positive whole number. Too large to exist → not found. */
export function parseTaskNumber(raw: string): number {
  if (!/^\d+$/.test(raw) || /^0+$/.test(raw)) {
    throw new ValidationError("id: must be a positive whole number (the task's number).", "id");
  }
  const parsed = taskNumber.safeParse(Number(raw));
  if (!parsed.success) throw new NotFoundError("Task");
  return parsed.data;
}
