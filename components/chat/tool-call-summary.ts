/** How one task tool call reads on its card, from its input and (once done) its result. */

export type ToolCallState = "pending" | "done" | "error";

export interface ListedTaskRow {
  id: number;
  title: string;
  completed: boolean;
}

export interface ToolCallSummary {
  state: ToolCallState;
  /** One line: "Created #4 Buy groceries", "Completing task #3…", "Task #9 not found". */
  text: string;
  /** list_tasks only, once done. */
  list?: { tasks: ListedTaskRow[]; total: number; status: string };
}

type Record_ = Record<string, unknown>;

const asRecord = (value: unknown): Record_ =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record_) : {};

const PENDING: Record<string, (input: Record_) => string> = {
  add_task: (input) => (input.title ? `Adding “${String(input.title)}”…` : "Adding a task…"),
  list_tasks: () => "Looking up your tasks…",
  complete_task: (input) => `Completing task #${String(input.task_id ?? "")}…`,
  delete_task: (input) => `Deleting task #${String(input.task_id ?? "")}…`,
  update_task: (input) => `Updating task #${String(input.task_id ?? "")}…`,
};

const DONE: Record<string, (result: Record_, input: Record_) => string> = {
  add_task: (r) => `Created #${String(r.task_id)} ${String(r.title)}`,
  complete_task: (r) => `Completed #${String(r.task_id)} ${String(r.title)}`,
  delete_task: (r) => `Deleted #${String(r.task_id)} ${String(r.title)}`,
  update_task: (r, input) =>
    input.title !== undefined
      ? `Renamed #${String(r.task_id)} to ${String(r.title)}`
      : `Updated #${String(r.task_id)} ${String(r.title)}`,
};

export function summarizeToolCall(
  name: string,
  input: unknown,
  output: unknown,
  finished: boolean,
  errorText?: string,
): ToolCallSummary {
  const args = asRecord(input);
  if (errorText) return { state: "error", text: `Couldn't run ${name}: ${errorText}` };
  if (!finished) {
    return { state: "pending", text: PENDING[name]?.(args) ?? `Running ${name}…` };
  }
  const result = asRecord(output);
  if (result.error === "task_not_found") {
    return { state: "error", text: `Task #${String(result.task_id ?? args.task_id)} not found` };
  }
  if (typeof result.error === "string") {
    return {
      state: "error",
      text: `Couldn't run ${name}: ${String(result.message ?? result.error)}`,
    };
  }
  if (name === "list_tasks") return summarizeList(result, args);
  return { state: "done", text: DONE[name]?.(result, args) ?? `Ran ${name}` };
}

function summarizeList(result: Record_, input: Record_): ToolCallSummary {
  const tasks = Array.isArray(result.tasks)
    ? result.tasks.map((t) => {
        const task = asRecord(t);
        return {
          id: Number(task.id),
          title: String(task.title),
          completed: task.completed === true,
        };
      })
    : [];
  const total = typeof result.total === "number" ? result.total : tasks.length;
  const status = typeof input.status === "string" ? input.status : "all";
  const kind = status === "all" ? "" : `${status} `;
  const text = `${total} ${kind}task${total === 1 ? "" : "s"}`;
  return { state: "done", text, list: { tasks, total, status } };
}
