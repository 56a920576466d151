import type { ListedTask } from "@/lib/tasks/task";

/**
 * The fields of a task that sets none of its rich ones, as the REST API, the tools and
 * their results all show them. A fresh object each call (tests may extend it).
 */
export const unsetRichFields = () => ({
  due_date: null,
  due_time: null,
  priority: "none" as const,
  tags: [] as string[],
  recurrence: null,
  remind_at: null,
});

/** The rest of a new, plain task after its title: no description, nothing set, open. */
export const plainTaskRest = () => ({
  description: null,
  ...unsetRichFields(),
  completed: false,
  completed_at: null,
});

/** A listed task with only what a case says; the rest as a new plain task has it. */
export const listedTask = (
  task: Pick<ListedTask, "id" | "title"> & Partial<ListedTask>,
): ListedTask => ({ ...plainTaskRest(), ...task });

/** The `add_task` result for a new plain task: `{ task_id, status: "created", title, … }`. */
export const createdResult = (taskId: number, title: string) => ({
  task_id: taskId,
  status: "created",
  title,
  ...plainTaskRest(),
});

/** The contract's six task tools, in the registry's order. */
export const TASK_TOOL_NAMES = [
  "add_task",
  "list_tasks",
  "complete_task",
  "delete_task",
  "update_task",
  "restore_task",
];

/** A tool's result for a task number that is not the user's (or not there). */
export const taskNotFound = (taskId: number) => ({ error: "task_not_found", task_id: taskId });

/** A stored add_task call as a message row keeps it: its arguments and its plain result. */
export const storedAddCall = (taskId: number, title: string) => ({
  name: "add_task",
  arguments: { title },
  result: { task_id: taskId, status: "created", title },
});
