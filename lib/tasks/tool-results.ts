import { z } from "zod";
import { listedTaskSchema } from "./task";
import { calendarDate, taskCompleted, taskFields, taskNumber, taskPriority } from "./task-fields";

/**
 * What each task tool answers, as zod schemas: the registry's tools declare them as
 * their output schemas (so MCP clients get them too), and the words that describe a
 * result read results through them. Client code imports this file: nothing server-only.
 */

/** The answer of a tool that changed one task. */
const taskChange = <Status extends string>(status: Status) =>
  z.object({ task_id: taskNumber, status: z.literal(status), title: z.string() });

/**
 * The task's fields, carried by add_task and update_task results so the agent can
 * confirm them ("Added #4 Call mom, tomorrow 17:00"). Optional: results stored before
 * rich tasks still read.
 */
const changedFields = z
  .object({ ...taskFields, completed: taskCompleted, completed_at: z.iso.datetime().nullable() })
  .omit({ title: true })
  .partial().shape;

/** A field's value before an update, as the Task JSON shows it (and PATCH takes it back). */
const previousFields = z.object(taskFields).shape;

/** A list_tasks row; lists stored before rich tasks read with the fields' defaults. */
const listedRow = listedTaskSchema.extend({
  due_date: listedTaskSchema.shape.due_date.default(null),
  due_time: listedTaskSchema.shape.due_time.default(null),
  priority: taskPriority.default("none"),
  tags: z.array(z.string()).default([]),
  recurrence: listedTaskSchema.shape.recurrence.default(null),
  remind_at: listedTaskSchema.shape.remind_at.default(null),
  completed_at: listedTaskSchema.shape.completed_at.default(null),
});

export const toolResultSchemas = {
  add_task: taskChange("created").extend(changedFields),
  list_tasks: z.object({
    tasks: z.array(listedRow),
    /** Every matching task, also those past the list's limit. */
    total: z.number().int().min(0),
  }),
  complete_task: taskChange("completed").extend({
    /** Set when the task repeats: it moved to this date and is open again. */
    next_due_date: calendarDate.optional(),
  }),
  delete_task: taskChange("deleted"),
  update_task: z
    .object({
      task_id: taskNumber,
      /** "reopened" when the change was `completed: false`. */
      status: z.enum(["updated", "reopened"]),
      title: z.string(),
    })
    .extend(changedFields)
    .extend({
      /**
       * The fields this call changed, with the values they had before it (a cleared date
       * also names the time and repeat it took along): sent back as they are, they undo it.
       */
      previous: z.object(previousFields).partial().optional(),
    }),
  restore_task: taskChange("restored"),
};

export type TaskToolName = keyof typeof toolResultSchemas;
export type ToolOutput<Name extends TaskToolName> = z.output<(typeof toolResultSchemas)[Name]>;
/** The tools that change the list: every task tool but list_tasks. */
export type ChangingToolName = Exclude<TaskToolName, "list_tasks">;
export type TaskChange = ToolOutput<ChangingToolName>;

const changingTools: ReadonlySet<string> = new Set<ChangingToolName>([
  "add_task",
  "complete_task",
  "delete_task",
  "update_task",
  "restore_task",
]);

/** Whether a call of this tool changes the list (cards, topic titles, the eval's checks). */
export function isChangingTool(name: string): name is ChangingToolName {
  return changingTools.has(name);
}

/**
 * A call that did not do what it was asked: a missing task (`task_not_found` with its
 * `task_id`), bad input, an unknown tool or a failure. A result, not an exception, so
 * the model can say what happened.
 */
export const toolErrorSchema = z.object({
  error: z.string(),
  task_id: taskNumber.optional(),
  message: z.string().optional(),
  name: z.string().optional(),
});
export type ToolError = z.output<typeof toolErrorSchema>;

export type ToolResult = ToolOutput<TaskToolName> | ToolError;

export function isTaskToolName(name: string): name is TaskToolName {
  return Object.hasOwn(toolResultSchemas, name);
}
