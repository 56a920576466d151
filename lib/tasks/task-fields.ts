import { z } from "zod";
import { exactText, trimmedText } from "@/lib/validation/text";

/**
 * The one field set of a task. The REST bodies, the tool inputs, the Task JSON and the
 * tool results all derive from it, so a plain new field is a migration, its column in
 * db/schema.ts, one line here and the UI that shows it (docs/architecture.md).
 * Client code imports this file too: it imports nothing server-only.
 */

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;

/**
 * What a person writes on a task. A field that may be empty is nullable: REST bodies
 * take `null` to clear it, tools leave it out.
 */
export const taskFields = {
  title: trimmedText(1, TITLE_MAX).describe("Short title of the task, 1-200 characters"),
  description: exactText(DESCRIPTION_MAX)
    .describe("Longer details, up to 2000 characters")
    .nullable(),
};

export type TaskFieldValues = { [K in keyof typeof taskFields]: z.output<(typeof taskFields)[K]> };

/** Whether a task is done. Set by PATCH or complete_task, never on creation. */
export const taskCompleted = z.boolean();

/** A task's per-user number ("task 3"). */
export const taskNumber = z.number().int().min(1).max(2_147_483_647);

/** Which tasks a list shows. */
export const taskStatusFilter = z.enum(["all", "pending", "completed"]);
export type TaskStatusFilter = z.infer<typeof taskStatusFilter>;

/** Body of `POST /api/tasks`: the fields, with a title. */
export const CreateTaskSchema = z
  .strictObject(taskFields)
  .partial()
  .extend({ title: taskFields.title });
export type NewTaskInput = z.input<typeof CreateTaskSchema>;

const taskChanges = z.strictObject(taskFields).extend({ completed: taskCompleted }).partial();

/** Body of `PATCH /api/tasks/{id}`: any of the fields, and `completed`. */
export const UpdateTaskSchema = taskChanges.refine(
  (body) => Object.keys(body).length > 0,
  `Send at least one of ${Object.keys(taskChanges.shape).join(", ")}.`,
);
export type TaskChanges = z.input<typeof UpdateTaskSchema>;

type WithoutNull<F> = F extends z.ZodNullable<infer Inner> ? Inner : F;

/** The fields as tool inputs: a model leaves an empty field out rather than sending null. */
export const taskToolFields = Object.fromEntries(
  Object.entries(taskFields).map(([name, field]) => [
    name,
    field instanceof z.ZodNullable ? field.unwrap() : field,
  ]),
) as { [K in keyof typeof taskFields]: WithoutNull<(typeof taskFields)[K]> };
