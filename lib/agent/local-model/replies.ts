import type { ListedTask, SeenToolCall } from "./conversation";
import type { StatusFilter } from "./understand";

/** The words of the local model's answers: short, friendly, naming task numbers and titles. */

export const HELP_TEXT = [
  "I manage your todo list. You can say things like:",
  "- **Add** a task to buy groceries",
  "- **What's pending?** (or show all / completed tasks)",
  '- **Complete** task 3, or "I finished the report"',
  '- **Rename** task 2 to "Call the bank"',
  "- **Delete** the meeting task",
].join("\n");

export const GREETING =
  'Hi! I can add, list, complete, update and delete your tasks. Try "Add a task to buy groceries" or "What\'s pending?"';

export const THANKS = "You're welcome! Anything else for your list?";

export const UNKNOWN =
  'I\'m not sure what you\'d like me to do. I can add, list, complete, update or delete tasks, for example "Add a task to call mom" or "What\'s pending?"';

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
      return `Updated task #${String(output.task_id)}: ${quote(output.title)}.`;
    default:
      return "Done.";
  }
}

export function describeAdds(calls: SeenToolCall[]): string {
  const created = calls.filter((c) => c.output?.status === "created");
  if (created.length <= 1) return calls.map(describeResult).join(" ");
  const items = created.map((c) => `#${String(c.output!.task_id)} ${quote(c.output!.title)}`);
  const failed = calls.filter((c) => c.output?.status !== "created").map(describeResult);
  return [`Added ${created.length} tasks: ${items.join(", ")}.`, ...failed].join(" ");
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
    return status === "all"
      ? "Your list is empty. Want me to add something?"
      : `You have no ${STATUS_WORD[status]}tasks.`;
  }
  const head = `You have ${total} ${noun}`;
  if (countOnly) return `${head}.`;
  const lines = tasks.map((t) => `${t.completed ? "✓" : "○"} #${t.id} ${t.title}`);
  const more = total > tasks.length ? `\n…and ${total - tasks.length} more.` : "";
  return `${head}:\n${lines.join("\n")}${more}`;
}

export function describeAmbiguous(words: string, candidates: ListedTask[]): string {
  const options = candidates.map((t) => `#${t.id} ${quote(t.title)}`).join(", ");
  return `More than one task matches ${quote(words)}: ${options}. Which one do you mean? You can say the task number.`;
}

export function describeNoMatch(words: string): string {
  return `I couldn't find a task matching ${quote(words)}. Say "show my tasks" to see them all.`;
}

export function describeNoPosition(
  position: number | "last",
  listed: ListedTask[] | undefined,
): string {
  if (!listed) return "Which task do you mean? Show your tasks first, or tell me its number.";
  const which = position === "last" ? "a last task" : `a task number ${position} in that list`;
  return `There isn't ${which}: the list I showed has ${listed.length} task${listed.length === 1 ? "" : "s"}.`;
}

export const NO_PRONOUN_TARGET = "Which task do you mean? Tell me its number or some of its title.";
