import type { ListedTask, SeenToolCall } from "./conversation";
import type { StatusFilter } from "./parse-list";

/** The words of the local model's answers: short, friendly, naming task numbers and titles. */

export const HELP_TEXT = [
  "I manage your todo list. You can say things like:",
  '- **Add** a task to buy groceries (or "remind me to call mom", "add milk, eggs and bread")',
  '- **What\'s pending?** (or show all / completed tasks, "how many are left?")',
  '- **Complete** task 3, or "I finished the report"',
  '- **Rename** task 2 to "Call the bank", or update its description',
  '- **Delete** the meeting task, or "remove the second one"',
].join("\n");

export const BYE = "Bye for now! Your tasks will be here when you come back.";
export const CANCELLED = "Okay, I've left your tasks as they are.";
export const CANNOT_REOPEN =
  "I can't undo a change or mark a task as not done yet. I can add, list, complete, update or delete tasks.";
export const ASK_TITLE = 'What should the task be? For example "Add a task to buy groceries".';
export const ONE_AT_A_TIME = "I can change one task at a time. Which task number do you mean?";
export const NO_PRONOUN_TARGET = "Which task do you mean? Tell me its number or some of its title.";

export const VERB = { complete: "complete", delete: "delete", update: "change" } as const;

const quote = (title: unknown) => `"${String(title)}"`;

export function describeResult(call: SeenToolCall): string {
  const output = call.output ?? {};
  if (output.error === "task_not_found") return `I couldn't find task #${String(output.task_id)}.`;
  if (typeof output.error === "string") {
    return `I couldn't do that: ${String(output.message ?? output.error)}`;
  }
  switch (output.status) {
    case "created":
      return `Added task #${String(output.task_id)}: ${quote(output.title)}.`;
    case "completed":
      return `Marked task #${String(output.task_id)} ${quote(output.title)} as completed. Nice work!`;
    case "deleted":
      return `Deleted task #${String(output.task_id)} ${quote(output.title)}.`;
    case "updated":
      return call.input.title === undefined && call.input.description !== undefined
        ? `Updated the description of task #${String(output.task_id)} ${quote(output.title)}.`
        : `Updated task #${String(output.task_id)}: ${quote(output.title)}.`;
    default:
      return "Done.";
  }
}

const SUMMARY = {
  created: "Added",
  completed: "Completed",
  deleted: "Deleted",
  updated: "Updated",
} as const;

/** One sentence for one result; a short list when one turn changed several tasks. */
export function describeResults(calls: SeenToolCall[]): string {
  const succeeded = calls.filter((c) => typeof c.output?.status === "string");
  if (succeeded.length <= 1) return calls.map(describeResult).join(" ");
  const status = String(succeeded[0]!.output!.status) as keyof typeof SUMMARY;
  const items = succeeded.map((c) => `#${String(c.output!.task_id)} ${quote(c.output!.title)}`);
  const failed = calls.filter((c) => typeof c.output?.status !== "string").map(describeResult);
  return [
    `${SUMMARY[status] ?? "Changed"} ${succeeded.length} tasks: ${items.join(", ")}.`,
    ...failed,
  ].join(" ");
}

const STATUS_WORD: Record<StatusFilter, string> = {
  all: "",
  pending: "pending ",
  completed: "completed ",
};

export function describeList(
  tasks: ListedTask[],
  total: number,
  status: StatusFilter,
  countOnly: boolean,
): string {
  const noun = `${STATUS_WORD[status]}task${total === 1 ? "" : "s"}`;
  if (total === 0) {
    if (status === "all") return "Your list is empty. Want me to add something?";
    return status === "pending"
      ? "You have no pending tasks. All done!"
      : "You have no completed tasks yet.";
  }
  const head = `You have ${total} ${noun}`;
  if (countOnly) return `${head}.`;
  const lines = tasks.map((t) => `- ${t.completed ? "✓" : "○"} #${t.id} ${t.title}`);
  const more = total > tasks.length ? `\n…and ${total - tasks.length} more.` : "";
  return `${head}:\n${lines.join("\n")}${more}`;
}

export function describeAmbiguous(words: string, candidates: ListedTask[], verb: string): string {
  const options = candidates.map((t) => `- #${t.id} ${t.title}${t.completed ? " ✓" : ""}`);
  return [
    `More than one task matches ${quote(words)}. Which one should I ${verb}?`,
    ...options,
    "Tell me the number.",
  ].join("\n");
}

export function describeNoMatch(words: string, listed: ListedTask[]): string {
  if (listed.length === 0)
    return `I couldn't find a task matching ${quote(words)}: your list is empty.`;
  return `I couldn't find a task matching ${quote(words)}, so I didn't change anything. Say "show my tasks" to see them all.`;
}

export function describeNoPosition(position: number | "last", listed: ListedTask[]): string {
  if (listed.length === 0) return "There are no tasks in that list.";
  const which = position === "last" ? "a last task" : `a task number ${position} in that list`;
  return `There isn't ${which}: the list has ${listed.length} task${listed.length === 1 ? "" : "s"}.`;
}

export function askWhich(verb: string): string {
  return `Which task should I ${verb}? Tell me its number or some of its title.`;
}

export function askWhichOfIds(ids: number[]): string {
  const names = ids.map((id) => `#${id}`);
  const options =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0];
  return `Which one do you mean: ${options}? Tell me the number.`;
}

export function askNewValue(
  taskId: number,
  field: "title" | "description",
  tasks: ListedTask[] | undefined,
): string {
  const task = tasks?.find((t) => t.id === taskId);
  const name = task ? `task #${taskId} ${quote(task.title)}` : `task #${taskId}`;
  return field === "description"
    ? `What should the description of ${name} say?`
    : `What should ${name} be called?`;
}

export function nothingToDo(kind: "complete" | "delete" | "update", status: StatusFilter): string {
  if (kind === "complete") return "Everything is already done. Nice work!";
  return status === "completed"
    ? "You have no completed tasks to delete."
    : "Your list is already empty.";
}

export function confirmDeleteAll(tasks: ListedTask[]): string {
  const noun = tasks.length === 1 ? "your only task" : `all ${tasks.length} of your tasks`;
  return `That would delete ${noun}. Are you sure? Say "yes" to delete them, or "no" to keep them.`;
}
