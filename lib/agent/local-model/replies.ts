import { escapeMarkdown } from "@/lib/markdown/escape-markdown";
import type { ListedTask } from "./conversation";
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

/** Titles and the person's words are data: quoted, and never Markdown (answers are). */
const quote = (title: unknown) => `"${escapeMarkdown(String(title))}"`;

// The words for tool results are shared with the chat's cards and ChatKit.
export {
  replyForList as describeList,
  replyForResults as describeResults,
} from "@/lib/tasks/tool-wording";

export function describeAmbiguous(words: string, candidates: ListedTask[], verb: string): string {
  const options = candidates.map(
    (t) => `- #${t.id} ${escapeMarkdown(t.title)}${t.completed ? " ✓" : ""}`,
  );
  return [
    `More than one task matches ${quote(words)}. Which one should I ${verb}?`,
    ...options,
    "Tell me the number.",
  ].join("\n");
}

export function describeNoMatch(
  words: string,
  listed: ListedTask[],
  similar: ListedTask[] = [],
): string {
  if (listed.length === 0)
    return `I couldn't find a task matching ${quote(words)}: your list is empty.`;
  const head = `I couldn't find a task matching ${quote(words)}, so I didn't change anything.`;
  if (similar.length === 0) return `${head} Say "show my tasks" to see them all.`;
  const names = similar.slice(0, 3).map((t) => `#${t.id} ${quote(t.title)}`);
  return `${head} Did you mean ${names.join(" or ")}? Tell me the number.`;
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

export function confirmDeleteAll(tasks: ListedTask[], whole = true): string {
  const named = tasks.map((t) => `#${t.id} ${quote(t.title)}`).join(", ");
  const some = tasks.length === 1 ? `1 task, ${named}` : `${tasks.length} tasks: ${named}`;
  const noun = !whole
    ? some
    : tasks.length === 1
      ? "your only task"
      : `all ${tasks.length} of your tasks`;
  return `That would delete ${noun}. Are you sure? Say "yes" to delete them, or "no" to keep them.`;
}

export function nothingDueOn(when: string): string {
  return `Nothing on your list is due ${when}, so nothing was deleted.`;
}

// The answer after changes, with the values in the person's words (describe-changes.ts).
export { describeChanges } from "./describe-changes";
