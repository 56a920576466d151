import { readOutcome } from "@/lib/tasks/tool-wording";
import { asRecord } from "@/lib/validation/record";

/**
 * A card's line as a message key and its values, so the card says it in the interface
 * language (messages/*.json, `toolCard.line`): "Created #4 Call mom", "تیسرا کام مکمل".
 * The English messages read exactly as `summarizeToolCall`'s text (tool-call-summary.ts),
 * which ChatKit and the tests keep using; card-line.test.ts holds the two together.
 */
export interface CardLine {
  key: LineKey;
  values: Record<string, string | number>;
}

/** The keys of `toolCard.line` in messages/{en,ur}.json. */
export type LineKey =
  | "adding"
  | "addingTask"
  | "looking"
  | "completing"
  | "deleting"
  | "reopening"
  | "updating"
  | "restoring"
  | "running"
  | "error"
  | "notFound"
  | "failed"
  | "listed"
  | "listedMatching"
  | "noneMatching"
  | "created"
  | "completed"
  | "deleted"
  | "updated"
  | "renamed"
  | "moved"
  | "reopened"
  | "restored"
  | "ran";

const RUNNING: Record<string, (input: Record<string, unknown>) => CardLine> = {
  add_task: (input) =>
    input.title
      ? { key: "adding", values: { title: String(input.title) } }
      : { key: "addingTask", values: {} as Record<string, string> },
  list_tasks: () => ({ key: "looking", values: {} }),
  complete_task: (input) => ({ key: "completing", values: { id: String(input.task_id ?? "") } }),
  delete_task: (input) => ({ key: "deleting", values: { id: String(input.task_id ?? "") } }),
  update_task: (input) => ({
    key: input.completed === false ? "reopening" : "updating",
    values: { id: String(input.task_id ?? "") },
  }),
  restore_task: (input) => ({ key: "restoring", values: { id: String(input.task_id ?? "") } }),
};

export function cardLine(
  name: string,
  input: unknown,
  output: unknown,
  finished: boolean,
  errorText?: string,
): CardLine {
  if (errorText) return { key: "error", values: { name, error: errorText } };
  const args = asRecord(input);
  if (!finished) return RUNNING[name]?.(args) ?? { key: "running", values: { name } };
  const outcome = readOutcome(name, output);
  switch (outcome.kind) {
    case "not_found":
      return { key: "notFound", values: { id: String(outcome.taskId ?? args.task_id) } };
    case "failed":
      return { key: "failed", values: { name, error: String(outcome.message ?? outcome.error) } };
    case "listed": {
      const status = typeof args.status === "string" ? args.status : "all";
      const values = { count: outcome.total, status };
      if (typeof args.query !== "string") return { key: "listed", values };
      return {
        key: outcome.total === 0 ? "noneMatching" : "listedMatching",
        values: { ...values, query: args.query },
      };
    }
    case "changed": {
      const { task_id, status, title } = outcome.change;
      const values = { id: task_id, title };
      if (status === "updated" && args.title !== undefined) return { key: "renamed", values };
      if (status === "updated" && (args.due_date || args.due_time)) return { key: "moved", values };
      return { key: status, values };
    }
    case "other":
      return { key: "ran", values: { name } };
  }
}
