import { z } from "zod";
import * as tasks from "@/db/tasks";
import { env } from "@/lib/env";
import { ApiError, notFound } from "@/lib/http/errors";
import {
  taskDescription,
  taskLimitMessage,
  taskNumber,
  taskStatusFilter,
  taskTitle,
  toTask,
  type Task,
} from "./task";

/** The task API's operations, shared by the REST routes and the UI's server code. */

export const CreateTaskSchema = z.strictObject({
  title: taskTitle,
  description: taskDescription.nullish(),
});

export const UpdateTaskSchema = z
  .strictObject({
    title: taskTitle.optional(),
    description: taskDescription.nullable().optional(),
    completed: z.boolean().optional(),
  })
  .refine(
    (body) => Object.keys(body).length > 0,
    "Send at least one of title, description, completed.",
  );

export const ListTasksQuerySchema = z.object({
  status: taskStatusFilter.default("all"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z
    .string()
    .regex(/^\d{1,10}$/, "must be a next_cursor value from an earlier page")
    .optional(),
});

export async function createTask(
  userId: string,
  input: z.infer<typeof CreateTaskSchema>,
): Promise<Task> {
  try {
    const row = await tasks.insertTask(
      userId,
      { title: input.title, description: input.description ?? null },
      env().MAX_TASKS_PER_USER,
    );
    return toTask(row);
  } catch (error) {
    if (!(error instanceof tasks.TaskLimitReachedError)) throw error;
    throw new ApiError("TASK_LIMIT_REACHED", taskLimitMessage(error.maxTasks));
  }
}

export async function listTaskPage(
  userId: string,
  query: z.infer<typeof ListTasksQuerySchema>,
): Promise<{ tasks: Task[]; next_cursor: string | null }> {
  // One extra row tells whether another page exists.
  const rows = await tasks.listTasks(userId, {
    status: query.status,
    afterNumber: query.cursor === undefined ? undefined : Number(query.cursor),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const next = rows.length > query.limit ? String(page.at(-1)!.number) : null;
  return { tasks: page.map(toTask), next_cursor: next };
}

export async function getTask(userId: string, number: number): Promise<Task> {
  const row = await tasks.findTask(userId, number);
  if (!row) throw notFound("Task");
  return toTask(row);
}

export async function patchTask(
  userId: string,
  number: number,
  changes: z.infer<typeof UpdateTaskSchema>,
): Promise<Task> {
  const row = await tasks.updateTask(userId, number, changes);
  if (!row) throw notFound("Task");
  return toTask(row);
}

export async function removeTask(userId: string, number: number): Promise<void> {
  if (!(await tasks.deleteTask(userId, number))) throw notFound("Task");
}

/** A task id from a URL path: a positive whole number. Too large to exist → not found. */
export function parseTaskNumber(raw: string): number {
  if (!/^\d+$/.test(raw) || /^0+$/.test(raw)) {
    throw new ApiError(
      "VALIDATION_ERROR",
      "id: must be a positive whole number (the task's number).",
      { field: "id" },
    );
  }
  const parsed = taskNumber.safeParse(Number(raw));
  if (!parsed.success) throw notFound("Task");
  return parsed.data;
}
