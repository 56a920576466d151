import type { Widgets } from "@openai/chatkit";
import type { StoredToolCall } from "@/db/schema";

/**
 * How task tool calls look in ChatKit: a short progress line while a tool runs, and a
 * small card summarising what the tools did once they are done.
 */

type Result = Record<string, unknown>;

const asResult = (value: unknown): Result =>
  value && typeof value === "object" ? (value as Result) : {};

/** The `progress_update` shown while a tool runs. */
export function toolProgress(
  name: string,
  input: unknown,
): { icon: Widgets.WidgetIcon; text: string } {
  const args = asResult(input);
  const task = typeof args.task_id === "number" ? `task ${args.task_id}` : "a task";
  switch (name) {
    case "add_task":
      return { icon: "plus", text: `Adding “${String(args.title ?? "a task")}”…` };
    case "list_tasks":
      return { icon: "notebook", text: "Looking at your tasks…" };
    case "complete_task":
      return { icon: "check-circle", text: `Completing ${task}…` };
    case "delete_task":
      return { icon: "page-blank", text: `Deleting ${task}…` };
    case "update_task":
      return { icon: "notebook-pencil", text: `Updating ${task}…` };
    default:
      return { icon: "bolt", text: "Working…" };
  }
}

/** One line per tool call: what happened, in words. */
export function describeToolCall(call: StoredToolCall): string {
  const result = asResult(call.result);
  const title = typeof result.title === "string" ? `: ${result.title}` : "";
  if (result.error === "task_not_found") return `Task ${String(result.task_id)} not found`;
  if (typeof result.error === "string") return `${call.name} failed (${result.error})`;
  switch (call.name) {
    case "add_task":
      return `Added task ${String(result.task_id)}${title}`;
    case "complete_task":
      return `Completed task ${String(result.task_id)}${title}`;
    case "delete_task":
      return `Deleted task ${String(result.task_id)}${title}`;
    case "update_task":
      return `Updated task ${String(result.task_id)}${title}`;
    case "list_tasks":
      return describeList(result);
    default:
      return `Ran ${call.name}`;
  }
}

function describeList(result: Result): string {
  const tasks = Array.isArray(result.tasks) ? (result.tasks as Result[]) : [];
  const total = typeof result.total === "number" ? result.total : tasks.length;
  if (total === 0) return "No tasks";
  const done = tasks.filter((t) => t.completed === true).length;
  const noun = total === 1 ? "task" : "tasks";
  return `Listed ${total} ${noun} (${tasks.length - done} pending, ${done} done)`;
}

/** The card summarising a turn's tool calls (a ChatKit widget tree). */
export function toolSummaryWidget(calls: StoredToolCall[]): Widgets.Card {
  return {
    type: "Card",
    size: "sm",
    children: calls.map((call): Widgets.Row => {
      const failed = typeof asResult(call.result).error === "string";
      return {
        type: "Row",
        gap: 2,
        children: [
          { type: "Icon", name: failed ? "info" : toolProgress(call.name, {}).icon, size: "sm" },
          {
            type: "Text",
            value: describeToolCall(call),
            size: "sm",
            color: failed ? "danger" : "secondary",
          },
        ],
      };
    }),
  };
}

/** The card's text, for ChatKit's copy button. */
export function toolSummaryText(calls: StoredToolCall[]): string {
  return calls.map(describeToolCall).join("\n");
}
