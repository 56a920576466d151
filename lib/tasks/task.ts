import { z } from "zod";
import type { TaskRow } from "@/db/schema";
import { taskCompleted, taskFields, taskNumber, type TaskFieldValues } from "./task-fields";

/** A task as list_tasks shows it: the number, the fields and whether it is done. */
export const listedTaskSchema = z.object({
  id: taskNumber,
  ...taskFields,
  completed: taskCompleted,
});
export type ListedTask = z.output<typeof listedTaskSchema>;

/** The contract's Task JSON. `id` is the per-user number, never the internal key. */
export const taskSchema = listedTaskSchema.extend({
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});
export type Task = z.output<typeof taskSchema>;

const FIELD_NAMES = Object.keys(taskFields) as (keyof TaskFieldValues)[];

// The row's columns carry the fields under the same names; the parameter type makes a
// column whose type drifts from its field a compile error.
function fieldValues(row: TaskFieldValues): TaskFieldValues {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, row[name]])) as TaskFieldValues;
}

export function toListedTask(row: TaskRow): ListedTask {
  return { id: row.number, ...fieldValues(row), completed: row.completed };
}

export function toTask(row: TaskRow): Task {
  return {
    ...toListedTask(row),
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  };
}
