import { z } from "zod";
import type { TaskRow } from "@/db/schema";
import { taskCompleted, taskFields, taskNumber, type TaskFieldValues } from "./task-fields";

/** A task as list_tasks shows it: the number, every field, whether and when it was done. */
export const listedTaskSchema = z.object({
  id: taskNumber,
  ...taskFields,
  completed: taskCompleted,
  completed_at: z.iso.datetime().nullable(),
});
export type ListedTask = z.output<typeof listedTaskSchema>;

/** The contract's Task JSON. `id` is the per-user number, never the internal key. */
export const taskSchema = listedTaskSchema.extend({
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});
export type Task = z.output<typeof taskSchema>;

/** Fields stored as they are shown; instants (timestamptz) are converted below. */
type StoredAsShown = Omit<TaskFieldValues, "remind_at">;

const FIELD_NAMES = Object.keys(taskFields).filter(
  (name) => name !== "remind_at",
) as (keyof StoredAsShown)[];

// The row's columns carry the fields under the same names; the parameter type makes a
// column whose type drifts from its field a compile error.
function fieldValues(row: StoredAsShown): StoredAsShown {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, row[name]])) as StoredAsShown;
}

/** A timestamptz as the contract's ISO 8601 UTC instant. */
function instant(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

export function toListedTask(row: TaskRow): ListedTask {
  return {
    id: row.number,
    ...fieldValues(row),
    remind_at: instant(row.remind_at),
    completed: row.completed,
    completed_at: instant(row.completed_at),
  };
}

export function toTask(row: TaskRow): Task {
  return {
    ...toListedTask(row),
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  };
}
