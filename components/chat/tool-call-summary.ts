import { doneCardHead, readOutcome, runningCardText } from "@/lib/tasks/tool-wording";
import type { ListedTask } from "@/lib/tasks/task";
import { asRecord } from "@/lib/validation/record";

/** How one task tool call reads on its card, from its input and (once done) its result. */

export type ToolCallState = "pending" | "done" | "error";

export interface ToolCallSummary {
  state: ToolCallState;
  /** One line: "Created #4 Buy groceries", "Completing task #3…", "Task #9 not found". */
  text: string;
  /** list_tasks only, once done: the rows with every field (the card shows their chips). */
  list?: { tasks: ListedTask[]; total: number; status: string };
}

export function summarizeToolCall(
  name: string,
  input: unknown,
  output: unknown,
  finished: boolean,
  errorText?: string,
): ToolCallSummary {
  if (errorText) return { state: "error", text: `Couldn't run ${name}: ${errorText}` };
  if (!finished) return { state: "pending", text: runningCardText(name, input) };
  const outcome = readOutcome(name, output);
  // The card adds the task's fields itself (cardDetails), in the user's zone.
  const text = doneCardHead(name, input, outcome);
  if (outcome.kind === "not_found" || outcome.kind === "failed") return { state: "error", text };
  if (outcome.kind !== "listed") return { state: "done", text };
  const { status } = asRecord(input);
  return {
    state: "done",
    text,
    list: {
      tasks: outcome.tasks,
      total: outcome.total,
      status: typeof status === "string" ? status : "all",
    },
  };
}
