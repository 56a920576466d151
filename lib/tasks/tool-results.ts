import { z } from "zod";
import { listedTaskSchema } from "./task";
import { taskNumber } from "./task-fields";

/**
 * What each task tool answers, as zod schemas: the registry's tools declare them as
 * their output schemas (so MCP clients get them too), and the words that describe a
 * result read results through them. Client code imports this file: nothing server-only.
 */

/** The answer of a tool that changed one task. */
const taskChange = <Status extends string>(status: Status) =>
  z.object({ task_id: taskNumber, status: z.literal(status), title: z.string() });

export const toolResultSchemas = {
  add_task: taskChange("created"),
  list_tasks: z.object({
    tasks: z.array(listedTaskSchema),
    /** Every matching task, also those past the list's limit. */
    total: z.number().int().min(0),
  }),
  complete_task: taskChange("completed"),
  delete_task: taskChange("deleted"),
  update_task: taskChange("updated"),
};

export type TaskToolName = keyof typeof toolResultSchemas;
export type ToolOutput<Name extends TaskToolName> = z.output<(typeof toolResultSchemas)[Name]>;
export type TaskChange = ToolOutput<"add_task" | "complete_task" | "delete_task" | "update_task">;

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
