import { z } from "zod";
import { userTimeZone } from "@/db/accounts";
import type { TaskRow, TaskUpdate } from "@/db/schema";
import * as tasks from "@/db/tasks";
import { env } from "@/lib/env";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { wallClock, zonedInstant } from "@/lib/time/zoned-time";
import { nextOccurrence } from "./recurrence";
import {
  CreateTaskSchema,
  UpdateTaskSchema,
  taskDueFilter,
  taskNumber,
  taskPriority,
  taskSort,
  taskStatusFilter,
  taskTag,
  type TaskFieldValues,
  type TaskSort,
  type TaskStatusFilter,
} from "./task-fields";
import { toTask, type Task } from "./task";

/**
 * The task operations, shared by the REST routes, the tools and the UI's server code.
 * They throw domain errors (lib/errors); lib/http maps them to statuses, the tools to
 * results.
 */

const optionalWords = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.string().trim().max(200).optional(),
);

/**
 * A page continues from its `next_cursor`: sorted by number, the last number shown
 * (keyset, stable while tasks are added); in any other order, "o" and the offset of the
 * next row (the order of a person's list can change under any key). Either way a cursor
 * belongs to the query that produced it.
 */
const CURSOR = /^(\d{1,10}|o\d{1,7})$/;

export const ListTasksQuerySchema = z
  .object({
    status: taskStatusFilter.default("all"),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor: z.string().regex(CURSOR, "must be a next_cursor value from an earlier page").optional(),
    due: taskDueFilter.optional(),
    priority: taskPriority.optional(),
    tag: taskTag.optional(),
    q: optionalWords,
    sort: taskSort.default("number"),
  })
  .refine((query) => !query.cursor || query.cursor.startsWith("o") === (query.sort !== "number"), {
    path: ["cursor"],
    message: "must be a next_cursor value from an earlier page of the same sort",
  });
export type ListTasksQuery = z.input<typeof ListTasksQuerySchema>;

/** The database filter for a status word: "all" filters nothing. */
export function statusFilter(status: TaskStatusFilter): tasks.TaskFilter {
  return status === "all" ? {} : { completed: status === "completed" };
}

/** The user's today and wall-clock time, in their zone. */
export function userNow(zone: string, now: Date = new Date()): tasks.UserNow {
  const { date, time } = wallClock(now, zone);
  return { today: date, time };
}

/** The words of a list query as a database filter, "today" meaning the user's today. */
export async function taskFilter(
  userId: string,
  query: {
    status?: TaskStatusFilter;
    due?: z.infer<typeof taskDueFilter>;
    priority?: z.infer<typeof taskPriority>;
    tag?: string;
    search?: string;
  },
): Promise<tasks.TaskFilter> {
  const due = query.due && {
    filter: query.due,
    now: userNow(await userTimeZone(userId)),
  };
  return {
    ...statusFilter(query.status ?? "all"),
    due,
    priority: query.priority,
    tag: query.tag,
    search: query.search,
  };
}

export async function createTask(
  userId: string,
  input: z.output<typeof CreateTaskSchema>,
): Promise<Task> {
  return toTask(await tasks.insertTask(userId, input, env().MAX_TASKS_PER_USER));
}

export async function listTaskPage(
  userId: string,
  query: Omit<z.output<typeof ListTasksQuerySchema>, "sort"> & { sort?: TaskSort },
): Promise<{ tasks: Task[]; next_cursor: string | null }> {
  const filter = await taskFilter(userId, { ...query, search: query.q });
  const sort = query.sort ?? "number";
  const byNumber = sort === "number";
  const offset = query.cursor?.startsWith("o") ? Number(query.cursor.slice(1)) : 0;
  // One extra row tells whether another page exists.
  const rows = await tasks.listTasks(userId, {
    ...filter,
    sort,
    afterNumber: byNumber && query.cursor !== undefined ? Number(query.cursor) : undefined,
    offset,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const more = rows.length > query.limit;
  const next = !more ? null : byNumber ? String(page.at(-1)!.number) : `o${offset + page.length}`;
  return { tasks: page.map(toTask), next_cursor: next };
}

export async function getTask(userId: string, number: number): Promise<Task> {
  return toTask(await existingTask(userId, number));
}

async function existingTask(userId: string, number: number): Promise<TaskRow> {
  const row = await tasks.findTask(userId, number);
  if (!row) throw new NotFoundError("Task");
  return row;
}

type FieldChanges = Partial<TaskFieldValues>;

/**
 * The stored changes for `changes` on `row`: a time or a repeat needs a date, so clearing
 * the date clears them too (unless the same change sets them, which is an error).
 */
export function datedChanges(row: TaskRow, changes: FieldChanges): FieldChanges {
  const result = { ...changes };
  if (changes.due_date === null) {
    if (changes.due_time === undefined) result.due_time = null;
    if (changes.recurrence === undefined) result.recurrence = null;
  }
  const dueDate = result.due_date === undefined ? row.due_date : result.due_date;
  if (dueDate === null) {
    const time = result.due_time === undefined ? row.due_time : result.due_time;
    if (time !== null) throw new ValidationError("due_time: needs a due_date.", "due_time");
    const rule = result.recurrence === undefined ? row.recurrence : result.recurrence;
    if (rule !== null) throw new ValidationError("recurrence: needs a due_date.", "recurrence");
  }
  return result;
}

/** What completing did: the task, and for a repeating one the date it moved to. */
export interface Completion {
  row: TaskRow;
  /** Set when the task repeats: it is open again, due on this date. */
  nextDueDate?: string;
}

/**
 * Completes a task. A repeating one records the completion and moves to its next
 * occurrence in the user's zone (after this one, never in the past), still open; a
 * repeat that has ended completes like any task.
 */
export async function completeTask(userId: string, number: number): Promise<Completion> {
  const row = await existingTask(userId, number);
  if (row.recurrence && row.due_date && !row.completed) {
    const zone = await userTimeZone(userId);
    const now = userNow(zone);
    const next = nextOccurrence(row.recurrence, row.due_date, now.today, {
      dueTime: row.due_time,
      nowTime: now.time,
    });
    if (next) {
      const moved = await tasks.completeOccurrence(userId, number, row.due_date, {
        due_date: next,
        remind_at: movedReminder(row, next, zone),
      });
      // Another completion moved it first: that one counts, this one answers its result.
      const result = moved ?? (await existingTask(userId, number));
      return { row: result, nextDueDate: result.due_date ?? next };
    }
  }
  if (row.completed) return { row };
  const done = await tasks.updateTask(userId, number, {
    completed: true,
    completed_at: new Date(),
  });
  if (!done) throw new NotFoundError("Task");
  return { row: done };
}

/** The reminder of a moved repeat: as long before the new due moment as before the old one. */
function movedReminder(row: TaskRow, next: string, zone: string): Date | null {
  if (!row.remind_at || !row.due_date) return null;
  const time = row.due_time ?? "00:00";
  const lead = zonedInstant(row.due_date, time, zone).getTime() - new Date(row.remind_at).getTime();
  return new Date(zonedInstant(next, time, zone).getTime() - lead);
}

/** Opens a completed task again; its `completed_at` is cleared. */
export async function reopenTask(userId: string, number: number): Promise<TaskRow> {
  const row = await tasks.updateTask(userId, number, { completed: false, completed_at: null });
  if (!row) throw new NotFoundError("Task");
  return row;
}

/** Changes fields and, with `completed`, completes (repeats move on) or reopens. */
export async function changeTask(
  userId: string,
  number: number,
  changes: FieldChanges & { completed?: boolean },
): Promise<Completion> {
  const { completed, ...fields } = changes;
  const row = await existingTask(userId, number);
  let current = row;
  if (Object.keys(fields).length > 0) {
    const stored: TaskUpdate = datedChanges(row, fields);
    const updated = await tasks.updateTask(userId, number, stored);
    if (!updated) throw new NotFoundError("Task");
    current = updated;
  }
  if (completed === true) return completeTask(userId, number);
  if (completed === false) return { row: await reopenTask(userId, number) };
  return { row: current };
}

export async function patchTask(
  userId: string,
  number: number,
  changes: z.output<typeof UpdateTaskSchema>,
): Promise<Task> {
  return toTask((await changeTask(userId, number, changes)).row);
}

/** Soft delete: hidden everywhere, restorable for 30 days (docs/api.md). */
export async function removeTask(userId: string, number: number): Promise<void> {
  if (!(await tasks.deleteTask(userId, number))) throw new NotFoundError("Task");
}

export async function restoreDeletedTask(userId: string, number: number): Promise<Task> {
  const row = await tasks.restoreTask(userId, number);
  if (!row) throw new NotFoundError("Task");
  return toTask(row);
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

export type { TaskSort };
