import { escapeMarkdown } from "@/lib/markdown/escape-markdown";
import { asRecord } from "@/lib/validation/record";
import { taskFieldWords } from "./field-words";
import type { ListedTask } from "./task";
import type { TaskStatusFilter } from "./task-fields";
import {
  isTaskToolName,
  toolResultSchemas,
  type TaskChange,
  type TaskToolName,
} from "./tool-results";

/**
 * The words for task tool calls, for every place that shows one: the chat's tool cards,
 * ChatKit's progress lines and summary card, and the local model's replies. Each keeps
 * its own register (a card is terse, a reply is a sentence) but all read a call through
 * `readOutcome`, and a new tool or result gets its words here, side by side.
 * Client code imports this file: nothing server-only.
 */

/** What the words of a list need of each task. */
export type ListedRow = Pick<ListedTask, "id" | "title" | "completed">;

/** What a finished call came to, read once from its untyped result. */
export type ToolOutcome =
  | { kind: "changed"; change: TaskChange }
  | { kind: "listed"; tasks: ListedTask[]; total: number }
  | { kind: "not_found"; taskId: unknown }
  | { kind: "failed"; error: string; message: unknown }
  | { kind: "other" };

export function readOutcome(name: string, output: unknown): ToolOutcome {
  const result = asRecord(output);
  if (result.error === "task_not_found") return { kind: "not_found", taskId: result.task_id };
  if (typeof result.error === "string") {
    return { kind: "failed", error: result.error, message: result.message };
  }
  if (!isTaskToolName(name)) return { kind: "other" };
  const parsed = toolResultSchemas[name].safeParse(result);
  if (!parsed.success) return { kind: "other" };
  if ("tasks" in parsed.data) return { kind: "listed", ...parsed.data };
  return { kind: "changed", change: parsed.data };
}

const tasksNoun = (count: number) => `task${count === 1 ? "" : "s"}`;
/** Replies are Markdown and titles are data (also from MCP clients): quoted and escaped. */
const quote = (title: unknown) => `"${escapeMarkdown(String(title))}"`;

// ── While a call runs ──────────────────────────────────────────────────────────────

type Input = Record<string, unknown>;

/** Per tool: the chat card's line ("Completing task #3…") and ChatKit's ("Completing task 3…"). */
const RUNNING: Record<TaskToolName, Record<"card" | "progress", (input: Input) => string>> = {
  add_task: {
    card: (input) => (input.title ? `Adding “${String(input.title)}”…` : "Adding a task…"),
    progress: (input) => `Adding “${String(input.title ?? "a task")}”…`,
  },
  list_tasks: { card: () => "Looking up your tasks…", progress: () => "Looking at your tasks…" },
  complete_task: {
    card: (input) => `Completing task #${numberOf(input)}…`,
    progress: (input) => `Completing ${whichTask(input)}…`,
  },
  delete_task: {
    card: (input) => `Deleting task #${numberOf(input)}…`,
    progress: (input) => `Deleting ${whichTask(input)}…`,
  },
  update_task: {
    card: (input) =>
      input.completed === false
        ? `Reopening task #${numberOf(input)}…`
        : `Updating task #${numberOf(input)}…`,
    progress: (input) =>
      input.completed === false
        ? `Reopening ${whichTask(input)}…`
        : `Updating ${whichTask(input)}…`,
  },
  restore_task: {
    card: (input) => `Restoring task #${numberOf(input)}…`,
    progress: (input) => `Restoring ${whichTask(input)}…`,
  },
};

const numberOf = (input: Input) => String(input.task_id ?? "");
const whichTask = (input: Input) =>
  typeof input.task_id === "number" ? `task ${input.task_id}` : "a task";

/** A chat card's line while its call runs. */
export function runningCardText(name: string, input: unknown): string {
  return isTaskToolName(name) ? RUNNING[name].card(asRecord(input)) : `Running ${name}…`;
}

/** ChatKit's progress line while a call runs. */
export function progressText(name: string, input: unknown): string {
  return isTaskToolName(name) ? RUNNING[name].progress(asRecord(input)) : "Working…";
}

// ── Once it is done ────────────────────────────────────────────────────────────────

const CHANGED: Record<
  TaskChange["status"],
  { card: string; line: string; many: string; reply: (change: TaskChange) => string }
> = {
  created: {
    card: "Created",
    line: "Added task",
    many: "Added",
    reply: (c) => `Added task #${c.task_id}: ${quote(c.title)}.`,
  },
  completed: {
    card: "Completed",
    line: "Completed task",
    many: "Completed",
    reply: (c) =>
      "next_due_date" in c && c.next_due_date
        ? `Marked task #${c.task_id} ${quote(c.title)} as done; it repeats, next due ${c.next_due_date}.`
        : `Marked task #${c.task_id} ${quote(c.title)} as completed. Nice work!`,
  },
  deleted: {
    card: "Deleted",
    line: "Deleted task",
    many: "Deleted",
    reply: (c) => `Deleted task #${c.task_id} ${quote(c.title)}.`,
  },
  updated: {
    card: "Updated",
    line: "Updated task",
    many: "Updated",
    reply: (c) => `Updated task #${c.task_id}: ${quote(c.title)}.`,
  },
  reopened: {
    card: "Reopened",
    line: "Reopened task",
    many: "Reopened",
    reply: (c) => `Reopened task #${c.task_id} ${quote(c.title)}.`,
  },
  restored: {
    card: "Restored",
    line: "Restored task",
    many: "Restored",
    reply: (c) => `Brought back task #${c.task_id} ${quote(c.title)}.`,
  },
};

/**
 * A chat card's line once its call is done: "Created #4 Call mom · Tomorrow 17:00 · High",
 * the fields in the viewer's zone (`timeZone`, at `now`).
 */
export function doneCardText(
  name: string,
  input: unknown,
  outcome: ToolOutcome,
  output: unknown,
  now: Date = new Date(),
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  const head = doneCardHead(name, input, outcome);
  if (outcome.kind !== "changed") return head;
  return [head, ...taskFieldWords(output, now, timeZone)].join(" · ");
}

/**
 * The same line without the task's fields ("Created #4 Call mom"), for a surface that shows
 * the fields its own way (the chat UI's card adds chips in the user's zone, tags and repeats).
 */
export function doneCardHead(name: string, input: unknown, outcome: ToolOutcome): string {
  const args = asRecord(input);
  switch (outcome.kind) {
    case "not_found":
      return `Task #${String(outcome.taskId ?? args.task_id)} not found`;
    case "failed":
      return `Couldn't run ${name}: ${String(outcome.message ?? outcome.error)}`;
    case "listed": {
      const status = typeof args.status === "string" ? args.status : "all";
      const kind = status === "all" ? "" : `${status} `;
      const matching = typeof args.query === "string" ? ` matching “${args.query}”` : "";
      if (outcome.total === 0 && matching) return `No ${kind}tasks${matching}`;
      return `${outcome.total} ${kind}${tasksNoun(outcome.total)}${matching}`;
    }
    case "changed": {
      const { task_id, status, title } = outcome.change;
      if (status === "updated" && args.title !== undefined)
        return `Renamed #${task_id} to ${title}`;
      // A new day or time for it: the card's fields say where it moved to.
      if (status === "updated" && (args.due_date || args.due_time))
        return `Moved #${task_id} ${title}`;
      return `${CHANGED[status].card} #${task_id} ${title}`;
    }
    case "other":
      return `Ran ${name}`;
  }
}

/** One line of ChatKit's summary card: "Added task 4: Buy groceries". */
export function summaryLine(name: string, outcome: ToolOutcome): string {
  switch (outcome.kind) {
    case "not_found":
      return `Task ${String(outcome.taskId)} not found`;
    case "failed":
      return `${name} failed (${outcome.error})`;
    case "listed": {
      if (outcome.total === 0) return "No tasks";
      const done = outcome.tasks.filter((t) => t.completed).length;
      const pending = outcome.tasks.length - done;
      return `Listed ${outcome.total} ${tasksNoun(outcome.total)} (${pending} pending, ${done} done)`;
    }
    case "changed":
      return `${CHANGED[outcome.change.status].line} ${outcome.change.task_id}: ${outcome.change.title}`;
    case "other":
      return `Ran ${name}`;
  }
}

// ── The local model's replies ──────────────────────────────────────────────────────

/** A call as the local model saw it in the prompt. */
export interface SeenCall {
  toolName: string;
  input: Record<string, unknown>;
  output: unknown;
}

/** The local model's sentence for one result. */
export function replyForResult(call: SeenCall): string {
  const outcome = readOutcome(call.toolName, call.output);
  switch (outcome.kind) {
    case "not_found":
      return `I couldn't find task #${String(outcome.taskId)}.`;
    case "failed":
      return `I couldn't do that: ${escapeMarkdown(String(outcome.message ?? outcome.error))}`;
    case "changed": {
      const change = outcome.change;
      const onlyDescription =
        call.input.title === undefined && call.input.description !== undefined;
      if (change.status === "updated" && onlyDescription) {
        return `Updated the description of task #${change.task_id} ${quote(change.title)}.`;
      }
      return CHANGED[change.status].reply(change);
    }
    default:
      return "Done.";
  }
}

/** The calls that changed a task, read as their changes, apart from the other calls. */
export function partitionChanges<Call extends Pick<SeenCall, "toolName" | "output">>(
  calls: Call[],
): { changes: TaskChange[]; others: Call[] } {
  const changes: TaskChange[] = [];
  const others: Call[] = [];
  for (const call of calls) {
    const outcome = readOutcome(call.toolName, call.output);
    if (outcome.kind === "changed") changes.push(outcome.change);
    else others.push(call);
  }
  return { changes, others };
}

/** One sentence for one result; a short list when one turn changed several tasks. */
export function replyForResults(calls: SeenCall[]): string {
  const { changes, others } = partitionChanges(calls);
  if (changes.length <= 1) return calls.map(replyForResult).join(" ");
  const items = changes.map((c) => `#${c.task_id} ${quote(c.title)}`);
  return [
    `${CHANGED[changes[0]!.status].many} ${changes.length} tasks: ${items.join(", ")}.`,
    ...others.map(replyForResult),
  ].join(" ");
}

const STATUS_WORD: Record<TaskStatusFilter, string> = {
  all: "",
  pending: "pending ",
  completed: "completed ",
};

/**
 * The local model's answer to a list. The chat shows the list itself (its card), so the
 * answer says how many and what is notable — how many are overdue or due today — never
 * the list again.
 */
export function replyForList(
  tasks: DatedRow[],
  total: number,
  status: TaskStatusFilter,
  countOnly: boolean,
  now?: { date: string; time: string },
): string {
  if (total === 0) {
    if (status === "all") return "Your list is empty. Want me to add something?";
    return status === "pending"
      ? "You have no pending tasks. All done!"
      : "You have no completed tasks yet.";
  }
  const head = `You have ${total} ${STATUS_WORD[status]}${tasksNoun(total)}`;
  const whole = tasks.length === total;
  const done = tasks.filter((t) => t.completed).length;
  const split =
    status === "all" && whole && done > 0 && done < total
      ? `: ${total - done} pending, ${done} done`
      : "";
  if (countOnly) return `${head}${split}.`;
  const notable = now ? notableWords(tasks, now) : "";
  return `${head}${split}.${notable}`;
}

export type DatedRow = ListedRow & Partial<Pick<ListedTask, "due_date" | "due_time">>;

/** How many open tasks of a list are overdue and how many are due today: what is notable. */
export function notableCounts(
  tasks: DatedRow[],
  now: { date: string; time: string },
): { overdue: number; today: number } {
  let overdue = 0;
  let today = 0;
  for (const t of tasks) {
    if (t.completed || !t.due_date) continue;
    const past =
      t.due_date < now.date || (t.due_date === now.date && !!t.due_time && t.due_time < now.time);
    if (past) overdue++;
    else if (t.due_date === now.date) today++;
  }
  return { overdue, today };
}

/** " 2 are overdue and 1 is due today." for the open tasks of a list; "" when none. */
function notableWords(tasks: DatedRow[], now: { date: string; time: string }): string {
  const { overdue, today } = notableCounts(tasks, now);
  const parts = [
    overdue && `${overdue} ${overdue === 1 ? "is" : "are"} overdue`,
    today && `${today} ${today === 1 ? "is" : "are"} due today`,
  ].filter(Boolean);
  return parts.length ? ` ${capitalise(parts.join(" and "))}.` : "";
}

const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
